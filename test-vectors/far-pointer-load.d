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
   3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  11:	90                   	nop
  12:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
  15:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  23:	90                   	nop
  24:	66 c5 5b 04          	lds    0x4\(%ebx\),%bx
  28:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  36:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  39:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  40:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  47:	90                   	nop
  48:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  4b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  52:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  59:	90                   	nop
  5a:	66 c4 5b 04          	les    0x4\(%ebx\),%bx
  5e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  65:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6c:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  70:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  77:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7e:	90                   	nop
  7f:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  83:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  8a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  91:	90                   	nop
  92:	66 0f b4 5b 04       	lfs    0x4\(%ebx\),%bx
  97:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a5:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  a9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b7:	90                   	nop
  b8:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  bc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ca:	90                   	nop
  cb:	66 0f b5 5b 04       	lgs    0x4\(%ebx\),%bx
  d0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d7:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  de:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
  e2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f0:	90                   	nop
  f1:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
  f5:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  fc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 103:	90                   	nop
 104:	66 0f b2 5b 04       	lss    0x4\(%ebx\),%bx
 109:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 110:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
