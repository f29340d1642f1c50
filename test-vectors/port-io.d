# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: port-io (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	e4 60                	in     \$0x60,%al
   2:	eb 0b                	jmp    0xf
   4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   b:	0f 1f 40 00          	nopl   0x0\(%eax\)
   f:	e4 60                	in     \$0x60,%al
  11:	eb 0b                	jmp    0x1e
  13:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1a:	0f 1f 40 00          	nopl   0x0\(%eax\)
  1e:	e4 60                	in     \$0x60,%al
  20:	eb 0b                	jmp    0x2d
  22:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  29:	0f 1f 40 00          	nopl   0x0\(%eax\)
  2d:	66 e5 60             	in     \$0x60,%ax
  30:	eb 0a                	jmp    0x3c
  32:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  39:	0f 1f 00             	nopl   \(%eax\)
  3c:	66 e5 60             	in     \$0x60,%ax
  3f:	eb 0a                	jmp    0x4b
  41:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  48:	0f 1f 00             	nopl   \(%eax\)
  4b:	66 e5 60             	in     \$0x60,%ax
  4e:	eb 0a                	jmp    0x5a
  50:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  57:	0f 1f 00             	nopl   \(%eax\)
  5a:	e5 60                	in     \$0x60,%eax
  5c:	eb 0b                	jmp    0x69
  5e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  65:	0f 1f 40 00          	nopl   0x0\(%eax\)
  69:	e5 60                	in     \$0x60,%eax
  6b:	eb 0b                	jmp    0x78
  6d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  74:	0f 1f 40 00          	nopl   0x0\(%eax\)
  78:	e5 60                	in     \$0x60,%eax
  7a:	eb 0b                	jmp    0x87
  7c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  83:	0f 1f 40 00          	nopl   0x0\(%eax\)
  87:	ec                   	in     \(%dx\),%al
  88:	eb 0b                	jmp    0x95
  8a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  91:	0f 1f 40 00          	nopl   0x0\(%eax\)
  95:	ec                   	in     \(%dx\),%al
  96:	eb 0b                	jmp    0xa3
  98:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  9f:	0f 1f 40 00          	nopl   0x0\(%eax\)
  a3:	ec                   	in     \(%dx\),%al
  a4:	eb 0b                	jmp    0xb1
  a6:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  ad:	0f 1f 40 00          	nopl   0x0\(%eax\)
  b1:	66 ed                	in     \(%dx\),%ax
  b3:	eb 0a                	jmp    0xbf
  b5:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  bc:	0f 1f 00             	nopl   \(%eax\)
  bf:	66 ed                	in     \(%dx\),%ax
  c1:	eb 0a                	jmp    0xcd
  c3:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  ca:	0f 1f 00             	nopl   \(%eax\)
  cd:	66 ed                	in     \(%dx\),%ax
  cf:	eb 0a                	jmp    0xdb
  d1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  d8:	0f 1f 00             	nopl   \(%eax\)
  db:	ed                   	in     \(%dx\),%eax
  dc:	eb 0b                	jmp    0xe9
  de:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  e5:	0f 1f 40 00          	nopl   0x0\(%eax\)
  e9:	ed                   	in     \(%dx\),%eax
  ea:	eb 0b                	jmp    0xf7
  ec:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  f3:	0f 1f 40 00          	nopl   0x0\(%eax\)
  f7:	ed                   	in     \(%dx\),%eax
  f8:	eb 0b                	jmp    0x105
  fa:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 101:	0f 1f 40 00          	nopl   0x0\(%eax\)
 105:	e6 60                	out    %al,\$0x60
 107:	eb 0e                	jmp    0x117
 109:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 110:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 117:	e6 60                	out    %al,\$0x60
 119:	eb 0e                	jmp    0x129
 11b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 122:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 129:	e6 60                	out    %al,\$0x60
 12b:	eb 0e                	jmp    0x13b
 12d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 134:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 13b:	66 e7 60             	out    %ax,\$0x60
 13e:	eb 0d                	jmp    0x14d
 140:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 147:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 14d:	66 e7 60             	out    %ax,\$0x60
 150:	eb 0d                	jmp    0x15f
 152:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 159:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 15f:	66 e7 60             	out    %ax,\$0x60
 162:	eb 0d                	jmp    0x171
 164:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 16b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 171:	e7 60                	out    %eax,\$0x60
 173:	eb 0e                	jmp    0x183
 175:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 17c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 183:	e7 60                	out    %eax,\$0x60
 185:	eb 0e                	jmp    0x195
 187:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 18e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 195:	e7 60                	out    %eax,\$0x60
 197:	eb 0e                	jmp    0x1a7
 199:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1a0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1a7:	ee                   	out    %al,\(%dx\)
 1a8:	eb 0e                	jmp    0x1b8
 1aa:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1b1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1b8:	ee                   	out    %al,\(%dx\)
 1b9:	eb 0e                	jmp    0x1c9
 1bb:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1c2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1c9:	ee                   	out    %al,\(%dx\)
 1ca:	eb 0e                	jmp    0x1da
 1cc:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1d3:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1da:	66 ef                	out    %ax,\(%dx\)
 1dc:	eb 0d                	jmp    0x1eb
 1de:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1e5:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 1eb:	66 ef                	out    %ax,\(%dx\)
 1ed:	eb 0d                	jmp    0x1fc
 1ef:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1f6:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 1fc:	66 ef                	out    %ax,\(%dx\)
 1fe:	eb 0d                	jmp    0x20d
 200:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 207:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 20d:	ef                   	out    %eax,\(%dx\)
 20e:	eb 0e                	jmp    0x21e
 210:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 217:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 21e:	ef                   	out    %eax,\(%dx\)
 21f:	eb 0e                	jmp    0x22f
 221:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 228:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 22f:	ef                   	out    %eax,\(%dx\)
 230:	eb 0e                	jmp    0x240
 232:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 239:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
