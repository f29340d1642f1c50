# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: system-tables (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
   4:	66 90                	xchg   %ax,%ax
   6:	66 90                	xchg   %ax,%ax
   8:	66 90                	xchg   %ax,%ax
   a:	66 90                	xchg   %ax,%ax
   c:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	66 90                	xchg   %ax,%ax
  17:	90                   	nop
  18:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
  1c:	66 90                	xchg   %ax,%ax
  1e:	66 90                	xchg   %ax,%ax
  20:	66 90                	xchg   %ax,%ax
  22:	66 90                	xchg   %ax,%ax
  24:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  29:	66 90                	xchg   %ax,%ax
  2b:	66 90                	xchg   %ax,%ax
  2d:	66 90                	xchg   %ax,%ax
  2f:	90                   	nop
  30:	66 0f 01 53 04       	lgdtw  0x4\(%ebx\)
  35:	66 90                	xchg   %ax,%ax
  37:	66 90                	xchg   %ax,%ax
  39:	66 90                	xchg   %ax,%ax
  3b:	90                   	nop
  3c:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  40:	66 90                	xchg   %ax,%ax
  42:	66 90                	xchg   %ax,%ax
  44:	66 90                	xchg   %ax,%ax
  46:	66 90                	xchg   %ax,%ax
  48:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	66 90                	xchg   %ax,%ax
  53:	90                   	nop
  54:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  58:	66 90                	xchg   %ax,%ax
  5a:	66 90                	xchg   %ax,%ax
  5c:	66 90                	xchg   %ax,%ax
  5e:	66 90                	xchg   %ax,%ax
  60:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  65:	66 90                	xchg   %ax,%ax
  67:	66 90                	xchg   %ax,%ax
  69:	66 90                	xchg   %ax,%ax
  6b:	90                   	nop
  6c:	66 0f 01 5b 04       	lidtw  0x4\(%ebx\)
  71:	66 90                	xchg   %ax,%ax
  73:	66 90                	xchg   %ax,%ax
  75:	66 90                	xchg   %ax,%ax
  77:	90                   	nop
  78:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  7c:	66 90                	xchg   %ax,%ax
  7e:	66 90                	xchg   %ax,%ax
  80:	66 90                	xchg   %ax,%ax
  82:	90                   	nop
  83:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  88:	66 90                	xchg   %ax,%ax
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  92:	66 90                	xchg   %ax,%ax
  94:	66 90                	xchg   %ax,%ax
  96:	66 90                	xchg   %ax,%ax
  98:	90                   	nop
  99:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  9e:	66 90                	xchg   %ax,%ax
  a0:	66 90                	xchg   %ax,%ax
  a2:	66 90                	xchg   %ax,%ax
  a4:	66 0f 01 43 04       	sgdtw  0x4\(%ebx\)
  a9:	66 90                	xchg   %ax,%ax
  ab:	66 90                	xchg   %ax,%ax
  ad:	66 90                	xchg   %ax,%ax
  af:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	66 90                	xchg   %ax,%ax
  b9:	90                   	nop
  ba:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  bf:	66 90                	xchg   %ax,%ax
  c1:	66 90                	xchg   %ax,%ax
  c3:	66 90                	xchg   %ax,%ax
  c5:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  c9:	66 90                	xchg   %ax,%ax
  cb:	66 90                	xchg   %ax,%ax
  cd:	66 90                	xchg   %ax,%ax
  cf:	90                   	nop
  d0:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  d5:	66 90                	xchg   %ax,%ax
  d7:	66 90                	xchg   %ax,%ax
  d9:	66 90                	xchg   %ax,%ax
  db:	66 0f 01 4b 04       	sidtw  0x4\(%ebx\)
  e0:	66 90                	xchg   %ax,%ax
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	0f 00 d0             	lldt   %ax
  e9:	66 90                	xchg   %ax,%ax
  eb:	66 90                	xchg   %ax,%ax
  ed:	66 90                	xchg   %ax,%ax
  ef:	66 90                	xchg   %ax,%ax
  f1:	66 90                	xchg   %ax,%ax
  f3:	66 90                	xchg   %ax,%ax
  f5:	66 90                	xchg   %ax,%ax
  f7:	66 90                	xchg   %ax,%ax
  f9:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	66 90                	xchg   %ax,%ax
 104:	66 90                	xchg   %ax,%ax
 106:	66 90                	xchg   %ax,%ax
 108:	66 90                	xchg   %ax,%ax
 10a:	66 90                	xchg   %ax,%ax
 10c:	0f 00 d0             	lldt   %ax
 10f:	66 90                	xchg   %ax,%ax
 111:	66 90                	xchg   %ax,%ax
 113:	66 90                	xchg   %ax,%ax
 115:	66 90                	xchg   %ax,%ax
 117:	66 90                	xchg   %ax,%ax
 119:	66 90                	xchg   %ax,%ax
 11b:	66 90                	xchg   %ax,%ax
 11d:	66 90                	xchg   %ax,%ax
 11f:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
 124:	66 90                	xchg   %ax,%ax
 126:	66 90                	xchg   %ax,%ax
 128:	66 90                	xchg   %ax,%ax
 12a:	66 90                	xchg   %ax,%ax
 12c:	66 90                	xchg   %ax,%ax
 12e:	66 90                	xchg   %ax,%ax
 130:	66 90                	xchg   %ax,%ax
 132:	0f 00 c0             	sldt   %eax
 135:	66 90                	xchg   %ax,%ax
 137:	66 90                	xchg   %ax,%ax
 139:	66 90                	xchg   %ax,%ax
 13b:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 140:	66 90                	xchg   %ax,%ax
 142:	66 90                	xchg   %ax,%ax
 144:	0f 00 c0             	sldt   %eax
 147:	66 90                	xchg   %ax,%ax
 149:	66 90                	xchg   %ax,%ax
 14b:	66 90                	xchg   %ax,%ax
 14d:	66 0f 00 c0          	sldt   %ax
 151:	66 90                	xchg   %ax,%ax
 153:	66 90                	xchg   %ax,%ax
 155:	90                   	nop
 156:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 15b:	66 90                	xchg   %ax,%ax
 15d:	66 90                	xchg   %ax,%ax
 15f:	0f 00 d8             	ltr    %ax
 162:	66 90                	xchg   %ax,%ax
 164:	66 90                	xchg   %ax,%ax
 166:	66 90                	xchg   %ax,%ax
 168:	66 90                	xchg   %ax,%ax
 16a:	66 90                	xchg   %ax,%ax
 16c:	66 90                	xchg   %ax,%ax
 16e:	66 90                	xchg   %ax,%ax
 170:	66 90                	xchg   %ax,%ax
 172:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 177:	66 90                	xchg   %ax,%ax
 179:	66 90                	xchg   %ax,%ax
 17b:	66 90                	xchg   %ax,%ax
 17d:	66 90                	xchg   %ax,%ax
 17f:	66 90                	xchg   %ax,%ax
 181:	66 90                	xchg   %ax,%ax
 183:	66 90                	xchg   %ax,%ax
 185:	0f 00 d8             	ltr    %ax
 188:	66 90                	xchg   %ax,%ax
 18a:	66 90                	xchg   %ax,%ax
 18c:	66 90                	xchg   %ax,%ax
 18e:	66 90                	xchg   %ax,%ax
 190:	66 90                	xchg   %ax,%ax
 192:	66 90                	xchg   %ax,%ax
 194:	66 90                	xchg   %ax,%ax
 196:	66 90                	xchg   %ax,%ax
 198:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 19d:	66 90                	xchg   %ax,%ax
 19f:	66 90                	xchg   %ax,%ax
 1a1:	66 90                	xchg   %ax,%ax
 1a3:	66 90                	xchg   %ax,%ax
 1a5:	66 90                	xchg   %ax,%ax
 1a7:	66 90                	xchg   %ax,%ax
 1a9:	66 90                	xchg   %ax,%ax
 1ab:	0f 00 c8             	str    %eax
 1ae:	66 90                	xchg   %ax,%ax
 1b0:	66 90                	xchg   %ax,%ax
 1b2:	66 90                	xchg   %ax,%ax
 1b4:	66 90                	xchg   %ax,%ax
 1b6:	90                   	nop
 1b7:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1bc:	66 90                	xchg   %ax,%ax
 1be:	66 90                	xchg   %ax,%ax
 1c0:	66 90                	xchg   %ax,%ax
 1c2:	90                   	nop
 1c3:	0f 00 c8             	str    %eax
 1c6:	66 90                	xchg   %ax,%ax
 1c8:	66 90                	xchg   %ax,%ax
 1ca:	66 90                	xchg   %ax,%ax
 1cc:	66 90                	xchg   %ax,%ax
 1ce:	90                   	nop
 1cf:	66 0f 00 c8          	str    %ax
 1d3:	66 90                	xchg   %ax,%ax
 1d5:	66 90                	xchg   %ax,%ax
 1d7:	66 90                	xchg   %ax,%ax
 1d9:	66 90                	xchg   %ax,%ax
 1db:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1e0:	66 90                	xchg   %ax,%ax
 1e2:	66 90                	xchg   %ax,%ax
 1e4:	66 90                	xchg   %ax,%ax
 1e6:	90                   	nop
