# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: port-io (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	e4 60                	in     \$0x60,%al
   2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   9:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
   f:	e4 60                	in     \$0x60,%al
  11:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  18:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  1e:	e4 60                	in     \$0x60,%al
  20:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  27:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  2d:	66 e5 60             	in     \$0x60,%ax
  30:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  37:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  3b:	90                   	nop
  3c:	66 e5 60             	in     \$0x60,%ax
  3f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  46:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  4a:	90                   	nop
  4b:	66 e5 60             	in     \$0x60,%ax
  4e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  55:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  59:	90                   	nop
  5a:	e5 60                	in     \$0x60,%eax
  5c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  63:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  69:	e5 60                	in     \$0x60,%eax
  6b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  72:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  78:	e5 60                	in     \$0x60,%eax
  7a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  81:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  87:	ec                   	in     \(%dx\),%al
  88:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  8f:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  95:	ec                   	in     \(%dx\),%al
  96:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9d:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  a3:	ec                   	in     \(%dx\),%al
  a4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ab:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  b1:	66 ed                	in     \(%dx\),%ax
  b3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ba:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  be:	90                   	nop
  bf:	66 ed                	in     \(%dx\),%ax
  c1:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c8:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  cc:	90                   	nop
  cd:	66 ed                	in     \(%dx\),%ax
  cf:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  da:	90                   	nop
  db:	ed                   	in     \(%dx\),%eax
  dc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e3:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  e9:	ed                   	in     \(%dx\),%eax
  ea:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f1:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  f7:	ed                   	in     \(%dx\),%eax
  f8:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ff:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
 105:	e6 60                	out    %al,\$0x60
 107:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 10e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 115:	66 90                	xchg   %ax,%ax
 117:	e6 60                	out    %al,\$0x60
 119:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 120:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 127:	66 90                	xchg   %ax,%ax
 129:	e6 60                	out    %al,\$0x60
 12b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 132:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 139:	66 90                	xchg   %ax,%ax
 13b:	66 e7 60             	out    %ax,\$0x60
 13e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 145:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 14c:	90                   	nop
 14d:	66 e7 60             	out    %ax,\$0x60
 150:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 157:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 15e:	90                   	nop
 15f:	66 e7 60             	out    %ax,\$0x60
 162:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 169:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 170:	90                   	nop
 171:	e7 60                	out    %eax,\$0x60
 173:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 17a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 181:	66 90                	xchg   %ax,%ax
 183:	e7 60                	out    %eax,\$0x60
 185:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 18c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 193:	66 90                	xchg   %ax,%ax
 195:	e7 60                	out    %eax,\$0x60
 197:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 19e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1a5:	66 90                	xchg   %ax,%ax
 1a7:	ee                   	out    %al,\(%dx\)
 1a8:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1af:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1b6:	66 90                	xchg   %ax,%ax
 1b8:	ee                   	out    %al,\(%dx\)
 1b9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1c0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1c7:	66 90                	xchg   %ax,%ax
 1c9:	ee                   	out    %al,\(%dx\)
 1ca:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1d1:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1d8:	66 90                	xchg   %ax,%ax
 1da:	66 ef                	out    %ax,\(%dx\)
 1dc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1e3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1ea:	90                   	nop
 1eb:	66 ef                	out    %ax,\(%dx\)
 1ed:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1f4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1fb:	90                   	nop
 1fc:	66 ef                	out    %ax,\(%dx\)
 1fe:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 205:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 20c:	90                   	nop
 20d:	ef                   	out    %eax,\(%dx\)
 20e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 215:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 21c:	66 90                	xchg   %ax,%ax
 21e:	ef                   	out    %eax,\(%dx\)
 21f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 226:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 22d:	66 90                	xchg   %ax,%ax
 22f:	ef                   	out    %eax,\(%dx\)
 230:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 237:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 23e:	66 90                	xchg   %ax,%ax
