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
   2:	66 90                	xchg   %ax,%ax
   4:	66 90                	xchg   %ax,%ax
   6:	66 90                	xchg   %ax,%ax
   8:	66 90                	xchg   %ax,%ax
   a:	66 90                	xchg   %ax,%ax
   c:	66 90                	xchg   %ax,%ax
   e:	90                   	nop
   f:	e4 60                	in     \$0x60,%al
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	66 90                	xchg   %ax,%ax
  17:	66 90                	xchg   %ax,%ax
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	90                   	nop
  1e:	e4 60                	in     \$0x60,%al
  20:	66 90                	xchg   %ax,%ax
  22:	66 90                	xchg   %ax,%ax
  24:	66 90                	xchg   %ax,%ax
  26:	66 90                	xchg   %ax,%ax
  28:	66 90                	xchg   %ax,%ax
  2a:	66 90                	xchg   %ax,%ax
  2c:	90                   	nop
  2d:	66 e5 60             	in     \$0x60,%ax
  30:	66 90                	xchg   %ax,%ax
  32:	66 90                	xchg   %ax,%ax
  34:	66 90                	xchg   %ax,%ax
  36:	66 90                	xchg   %ax,%ax
  38:	66 90                	xchg   %ax,%ax
  3a:	66 90                	xchg   %ax,%ax
  3c:	66 e5 60             	in     \$0x60,%ax
  3f:	66 90                	xchg   %ax,%ax
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	66 90                	xchg   %ax,%ax
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	66 e5 60             	in     \$0x60,%ax
  4e:	66 90                	xchg   %ax,%ax
  50:	66 90                	xchg   %ax,%ax
  52:	66 90                	xchg   %ax,%ax
  54:	66 90                	xchg   %ax,%ax
  56:	66 90                	xchg   %ax,%ax
  58:	66 90                	xchg   %ax,%ax
  5a:	e5 60                	in     \$0x60,%eax
  5c:	66 90                	xchg   %ax,%ax
  5e:	66 90                	xchg   %ax,%ax
  60:	66 90                	xchg   %ax,%ax
  62:	66 90                	xchg   %ax,%ax
  64:	66 90                	xchg   %ax,%ax
  66:	66 90                	xchg   %ax,%ax
  68:	90                   	nop
  69:	e5 60                	in     \$0x60,%eax
  6b:	66 90                	xchg   %ax,%ax
  6d:	66 90                	xchg   %ax,%ax
  6f:	66 90                	xchg   %ax,%ax
  71:	66 90                	xchg   %ax,%ax
  73:	66 90                	xchg   %ax,%ax
  75:	66 90                	xchg   %ax,%ax
  77:	90                   	nop
  78:	e5 60                	in     \$0x60,%eax
  7a:	66 90                	xchg   %ax,%ax
  7c:	66 90                	xchg   %ax,%ax
  7e:	66 90                	xchg   %ax,%ax
  80:	66 90                	xchg   %ax,%ax
  82:	66 90                	xchg   %ax,%ax
  84:	66 90                	xchg   %ax,%ax
  86:	90                   	nop
  87:	ec                   	in     \(%dx\),%al
  88:	66 90                	xchg   %ax,%ax
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	66 90                	xchg   %ax,%ax
  92:	66 90                	xchg   %ax,%ax
  94:	90                   	nop
  95:	ec                   	in     \(%dx\),%al
  96:	66 90                	xchg   %ax,%ax
  98:	66 90                	xchg   %ax,%ax
  9a:	66 90                	xchg   %ax,%ax
  9c:	66 90                	xchg   %ax,%ax
  9e:	66 90                	xchg   %ax,%ax
  a0:	66 90                	xchg   %ax,%ax
  a2:	90                   	nop
  a3:	ec                   	in     \(%dx\),%al
  a4:	66 90                	xchg   %ax,%ax
  a6:	66 90                	xchg   %ax,%ax
  a8:	66 90                	xchg   %ax,%ax
  aa:	66 90                	xchg   %ax,%ax
  ac:	66 90                	xchg   %ax,%ax
  ae:	66 90                	xchg   %ax,%ax
  b0:	90                   	nop
  b1:	66 ed                	in     \(%dx\),%ax
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	66 90                	xchg   %ax,%ax
  b9:	66 90                	xchg   %ax,%ax
  bb:	66 90                	xchg   %ax,%ax
  bd:	66 90                	xchg   %ax,%ax
  bf:	66 ed                	in     \(%dx\),%ax
  c1:	66 90                	xchg   %ax,%ax
  c3:	66 90                	xchg   %ax,%ax
  c5:	66 90                	xchg   %ax,%ax
  c7:	66 90                	xchg   %ax,%ax
  c9:	66 90                	xchg   %ax,%ax
  cb:	66 90                	xchg   %ax,%ax
  cd:	66 ed                	in     \(%dx\),%ax
  cf:	66 90                	xchg   %ax,%ax
  d1:	66 90                	xchg   %ax,%ax
  d3:	66 90                	xchg   %ax,%ax
  d5:	66 90                	xchg   %ax,%ax
  d7:	66 90                	xchg   %ax,%ax
  d9:	66 90                	xchg   %ax,%ax
  db:	ed                   	in     \(%dx\),%eax
  dc:	66 90                	xchg   %ax,%ax
  de:	66 90                	xchg   %ax,%ax
  e0:	66 90                	xchg   %ax,%ax
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	66 90                	xchg   %ax,%ax
  e8:	90                   	nop
  e9:	ed                   	in     \(%dx\),%eax
  ea:	66 90                	xchg   %ax,%ax
  ec:	66 90                	xchg   %ax,%ax
  ee:	66 90                	xchg   %ax,%ax
  f0:	66 90                	xchg   %ax,%ax
  f2:	66 90                	xchg   %ax,%ax
  f4:	66 90                	xchg   %ax,%ax
  f6:	90                   	nop
  f7:	ed                   	in     \(%dx\),%eax
  f8:	66 90                	xchg   %ax,%ax
  fa:	66 90                	xchg   %ax,%ax
  fc:	66 90                	xchg   %ax,%ax
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	66 90                	xchg   %ax,%ax
 104:	90                   	nop
 105:	e6 60                	out    %al,\$0x60
 107:	66 90                	xchg   %ax,%ax
 109:	66 90                	xchg   %ax,%ax
 10b:	66 90                	xchg   %ax,%ax
 10d:	66 90                	xchg   %ax,%ax
 10f:	66 90                	xchg   %ax,%ax
 111:	66 90                	xchg   %ax,%ax
 113:	66 90                	xchg   %ax,%ax
 115:	66 90                	xchg   %ax,%ax
 117:	e6 60                	out    %al,\$0x60
 119:	66 90                	xchg   %ax,%ax
 11b:	66 90                	xchg   %ax,%ax
 11d:	66 90                	xchg   %ax,%ax
 11f:	66 90                	xchg   %ax,%ax
 121:	66 90                	xchg   %ax,%ax
 123:	66 90                	xchg   %ax,%ax
 125:	66 90                	xchg   %ax,%ax
 127:	66 90                	xchg   %ax,%ax
 129:	e6 60                	out    %al,\$0x60
 12b:	66 90                	xchg   %ax,%ax
 12d:	66 90                	xchg   %ax,%ax
 12f:	66 90                	xchg   %ax,%ax
 131:	66 90                	xchg   %ax,%ax
 133:	66 90                	xchg   %ax,%ax
 135:	66 90                	xchg   %ax,%ax
 137:	66 90                	xchg   %ax,%ax
 139:	66 90                	xchg   %ax,%ax
 13b:	66 e7 60             	out    %ax,\$0x60
 13e:	66 90                	xchg   %ax,%ax
 140:	66 90                	xchg   %ax,%ax
 142:	66 90                	xchg   %ax,%ax
 144:	66 90                	xchg   %ax,%ax
 146:	66 90                	xchg   %ax,%ax
 148:	66 90                	xchg   %ax,%ax
 14a:	66 90                	xchg   %ax,%ax
 14c:	90                   	nop
 14d:	66 e7 60             	out    %ax,\$0x60
 150:	66 90                	xchg   %ax,%ax
 152:	66 90                	xchg   %ax,%ax
 154:	66 90                	xchg   %ax,%ax
 156:	66 90                	xchg   %ax,%ax
 158:	66 90                	xchg   %ax,%ax
 15a:	66 90                	xchg   %ax,%ax
 15c:	66 90                	xchg   %ax,%ax
 15e:	90                   	nop
 15f:	66 e7 60             	out    %ax,\$0x60
 162:	66 90                	xchg   %ax,%ax
 164:	66 90                	xchg   %ax,%ax
 166:	66 90                	xchg   %ax,%ax
 168:	66 90                	xchg   %ax,%ax
 16a:	66 90                	xchg   %ax,%ax
 16c:	66 90                	xchg   %ax,%ax
 16e:	66 90                	xchg   %ax,%ax
 170:	90                   	nop
 171:	e7 60                	out    %eax,\$0x60
 173:	66 90                	xchg   %ax,%ax
 175:	66 90                	xchg   %ax,%ax
 177:	66 90                	xchg   %ax,%ax
 179:	66 90                	xchg   %ax,%ax
 17b:	66 90                	xchg   %ax,%ax
 17d:	66 90                	xchg   %ax,%ax
 17f:	66 90                	xchg   %ax,%ax
 181:	66 90                	xchg   %ax,%ax
 183:	e7 60                	out    %eax,\$0x60
 185:	66 90                	xchg   %ax,%ax
 187:	66 90                	xchg   %ax,%ax
 189:	66 90                	xchg   %ax,%ax
 18b:	66 90                	xchg   %ax,%ax
 18d:	66 90                	xchg   %ax,%ax
 18f:	66 90                	xchg   %ax,%ax
 191:	66 90                	xchg   %ax,%ax
 193:	66 90                	xchg   %ax,%ax
 195:	e7 60                	out    %eax,\$0x60
 197:	66 90                	xchg   %ax,%ax
 199:	66 90                	xchg   %ax,%ax
 19b:	66 90                	xchg   %ax,%ax
 19d:	66 90                	xchg   %ax,%ax
 19f:	66 90                	xchg   %ax,%ax
 1a1:	66 90                	xchg   %ax,%ax
 1a3:	66 90                	xchg   %ax,%ax
 1a5:	66 90                	xchg   %ax,%ax
 1a7:	ee                   	out    %al,\(%dx\)
 1a8:	66 90                	xchg   %ax,%ax
 1aa:	66 90                	xchg   %ax,%ax
 1ac:	66 90                	xchg   %ax,%ax
 1ae:	66 90                	xchg   %ax,%ax
 1b0:	66 90                	xchg   %ax,%ax
 1b2:	66 90                	xchg   %ax,%ax
 1b4:	66 90                	xchg   %ax,%ax
 1b6:	66 90                	xchg   %ax,%ax
 1b8:	ee                   	out    %al,\(%dx\)
 1b9:	66 90                	xchg   %ax,%ax
 1bb:	66 90                	xchg   %ax,%ax
 1bd:	66 90                	xchg   %ax,%ax
 1bf:	66 90                	xchg   %ax,%ax
 1c1:	66 90                	xchg   %ax,%ax
 1c3:	66 90                	xchg   %ax,%ax
 1c5:	66 90                	xchg   %ax,%ax
 1c7:	66 90                	xchg   %ax,%ax
 1c9:	ee                   	out    %al,\(%dx\)
 1ca:	66 90                	xchg   %ax,%ax
 1cc:	66 90                	xchg   %ax,%ax
 1ce:	66 90                	xchg   %ax,%ax
 1d0:	66 90                	xchg   %ax,%ax
 1d2:	66 90                	xchg   %ax,%ax
 1d4:	66 90                	xchg   %ax,%ax
 1d6:	66 90                	xchg   %ax,%ax
 1d8:	66 90                	xchg   %ax,%ax
 1da:	66 ef                	out    %ax,\(%dx\)
 1dc:	66 90                	xchg   %ax,%ax
 1de:	66 90                	xchg   %ax,%ax
 1e0:	66 90                	xchg   %ax,%ax
 1e2:	66 90                	xchg   %ax,%ax
 1e4:	66 90                	xchg   %ax,%ax
 1e6:	66 90                	xchg   %ax,%ax
 1e8:	66 90                	xchg   %ax,%ax
 1ea:	90                   	nop
 1eb:	66 ef                	out    %ax,\(%dx\)
 1ed:	66 90                	xchg   %ax,%ax
 1ef:	66 90                	xchg   %ax,%ax
 1f1:	66 90                	xchg   %ax,%ax
 1f3:	66 90                	xchg   %ax,%ax
 1f5:	66 90                	xchg   %ax,%ax
 1f7:	66 90                	xchg   %ax,%ax
 1f9:	66 90                	xchg   %ax,%ax
 1fb:	90                   	nop
 1fc:	66 ef                	out    %ax,\(%dx\)
 1fe:	66 90                	xchg   %ax,%ax
 200:	66 90                	xchg   %ax,%ax
 202:	66 90                	xchg   %ax,%ax
 204:	66 90                	xchg   %ax,%ax
 206:	66 90                	xchg   %ax,%ax
 208:	66 90                	xchg   %ax,%ax
 20a:	66 90                	xchg   %ax,%ax
 20c:	90                   	nop
 20d:	ef                   	out    %eax,\(%dx\)
 20e:	66 90                	xchg   %ax,%ax
 210:	66 90                	xchg   %ax,%ax
 212:	66 90                	xchg   %ax,%ax
 214:	66 90                	xchg   %ax,%ax
 216:	66 90                	xchg   %ax,%ax
 218:	66 90                	xchg   %ax,%ax
 21a:	66 90                	xchg   %ax,%ax
 21c:	66 90                	xchg   %ax,%ax
 21e:	ef                   	out    %eax,\(%dx\)
 21f:	66 90                	xchg   %ax,%ax
 221:	66 90                	xchg   %ax,%ax
 223:	66 90                	xchg   %ax,%ax
 225:	66 90                	xchg   %ax,%ax
 227:	66 90                	xchg   %ax,%ax
 229:	66 90                	xchg   %ax,%ax
 22b:	66 90                	xchg   %ax,%ax
 22d:	66 90                	xchg   %ax,%ax
 22f:	ef                   	out    %eax,\(%dx\)
 230:	66 90                	xchg   %ax,%ax
 232:	66 90                	xchg   %ax,%ax
 234:	66 90                	xchg   %ax,%ax
 236:	66 90                	xchg   %ax,%ax
 238:	66 90                	xchg   %ax,%ax
 23a:	66 90                	xchg   %ax,%ax
 23c:	66 90                	xchg   %ax,%ax
 23e:	66 90                	xchg   %ax,%ax
