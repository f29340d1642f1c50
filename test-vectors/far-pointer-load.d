# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: far-pointer-load (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
   3:	66 90                	xchg   %ax,%ax
   5:	66 90                	xchg   %ax,%ax
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	66 90                	xchg   %ax,%ax
   d:	66 90                	xchg   %ax,%ax
   f:	66 90                	xchg   %ax,%ax
  11:	90                   	nop
  12:	c5 5c 73 04          	lds    0x4\(%ebx,%esi,2\),%ebx
  16:	66 90                	xchg   %ax,%ax
  18:	66 90                	xchg   %ax,%ax
  1a:	66 90                	xchg   %ax,%ax
  1c:	66 90                	xchg   %ax,%ax
  1e:	66 90                	xchg   %ax,%ax
  20:	66 90                	xchg   %ax,%ax
  22:	66 90                	xchg   %ax,%ax
  24:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
  27:	66 90                	xchg   %ax,%ax
  29:	66 90                	xchg   %ax,%ax
  2b:	66 90                	xchg   %ax,%ax
  2d:	66 90                	xchg   %ax,%ax
  2f:	66 90                	xchg   %ax,%ax
  31:	66 90                	xchg   %ax,%ax
  33:	66 90                	xchg   %ax,%ax
  35:	90                   	nop
  36:	66 c5 5b 04          	lds    0x4\(%ebx\),%bx
  3a:	66 90                	xchg   %ax,%ax
  3c:	66 90                	xchg   %ax,%ax
  3e:	66 90                	xchg   %ax,%ax
  40:	66 90                	xchg   %ax,%ax
  42:	66 90                	xchg   %ax,%ax
  44:	66 90                	xchg   %ax,%ax
  46:	66 90                	xchg   %ax,%ax
  48:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  4b:	66 90                	xchg   %ax,%ax
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	66 90                	xchg   %ax,%ax
  53:	66 90                	xchg   %ax,%ax
  55:	66 90                	xchg   %ax,%ax
  57:	66 90                	xchg   %ax,%ax
  59:	90                   	nop
  5a:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
  61:	66 90                	xchg   %ax,%ax
  63:	66 90                	xchg   %ax,%ax
  65:	66 90                	xchg   %ax,%ax
  67:	66 90                	xchg   %ax,%ax
  69:	66 90                	xchg   %ax,%ax
  6b:	90                   	nop
  6c:	66 c4 5b 04          	les    0x4\(%ebx\),%bx
  70:	66 90                	xchg   %ax,%ax
  72:	66 90                	xchg   %ax,%ax
  74:	66 90                	xchg   %ax,%ax
  76:	66 90                	xchg   %ax,%ax
  78:	66 90                	xchg   %ax,%ax
  7a:	66 90                	xchg   %ax,%ax
  7c:	66 90                	xchg   %ax,%ax
  7e:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  82:	66 90                	xchg   %ax,%ax
  84:	66 90                	xchg   %ax,%ax
  86:	66 90                	xchg   %ax,%ax
  88:	66 90                	xchg   %ax,%ax
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	90                   	nop
  91:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  95:	66 90                	xchg   %ax,%ax
  97:	66 90                	xchg   %ax,%ax
  99:	66 90                	xchg   %ax,%ax
  9b:	66 90                	xchg   %ax,%ax
  9d:	66 90                	xchg   %ax,%ax
  9f:	66 90                	xchg   %ax,%ax
  a1:	66 90                	xchg   %ax,%ax
  a3:	90                   	nop
  a4:	66 0f b4 5b 04       	lfs    0x4\(%ebx\),%bx
  a9:	66 90                	xchg   %ax,%ax
  ab:	66 90                	xchg   %ax,%ax
  ad:	66 90                	xchg   %ax,%ax
  af:	66 90                	xchg   %ax,%ax
  b1:	66 90                	xchg   %ax,%ax
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  bb:	66 90                	xchg   %ax,%ax
  bd:	66 90                	xchg   %ax,%ax
  bf:	66 90                	xchg   %ax,%ax
  c1:	66 90                	xchg   %ax,%ax
  c3:	66 90                	xchg   %ax,%ax
  c5:	66 90                	xchg   %ax,%ax
  c7:	66 90                	xchg   %ax,%ax
  c9:	90                   	nop
  ca:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  ce:	66 90                	xchg   %ax,%ax
  d0:	66 90                	xchg   %ax,%ax
  d2:	66 90                	xchg   %ax,%ax
  d4:	66 90                	xchg   %ax,%ax
  d6:	66 90                	xchg   %ax,%ax
  d8:	66 90                	xchg   %ax,%ax
  da:	66 90                	xchg   %ax,%ax
  dc:	90                   	nop
  dd:	66 0f b5 5b 04       	lgs    0x4\(%ebx\),%bx
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	66 90                	xchg   %ax,%ax
  e8:	66 90                	xchg   %ax,%ax
  ea:	66 90                	xchg   %ax,%ax
  ec:	66 90                	xchg   %ax,%ax
  ee:	66 90                	xchg   %ax,%ax
  f0:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
  f4:	66 90                	xchg   %ax,%ax
  f6:	66 90                	xchg   %ax,%ax
  f8:	66 90                	xchg   %ax,%ax
  fa:	66 90                	xchg   %ax,%ax
  fc:	66 90                	xchg   %ax,%ax
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	90                   	nop
 103:	0f b2 5c 73 04       	lss    0x4\(%ebx,%esi,2\),%ebx
 108:	66 90                	xchg   %ax,%ax
 10a:	66 90                	xchg   %ax,%ax
 10c:	66 90                	xchg   %ax,%ax
 10e:	66 90                	xchg   %ax,%ax
 110:	66 90                	xchg   %ax,%ax
 112:	66 90                	xchg   %ax,%ax
 114:	66 90                	xchg   %ax,%ax
 116:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
 11a:	66 90                	xchg   %ax,%ax
 11c:	66 90                	xchg   %ax,%ax
 11e:	66 90                	xchg   %ax,%ax
 120:	66 90                	xchg   %ax,%ax
 122:	66 90                	xchg   %ax,%ax
 124:	66 90                	xchg   %ax,%ax
 126:	66 90                	xchg   %ax,%ax
 128:	90                   	nop
 129:	66 0f b2 5b 04       	lss    0x4\(%ebx\),%bx
 12e:	66 90                	xchg   %ax,%ax
 130:	66 90                	xchg   %ax,%ax
 132:	66 90                	xchg   %ax,%ax
 134:	66 90                	xchg   %ax,%ax
 136:	66 90                	xchg   %ax,%ax
 138:	66 90                	xchg   %ax,%ax
 13a:	66 90                	xchg   %ax,%ax
