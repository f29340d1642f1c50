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
  12:	c5 5c 73 04          	lds    0x4\(%ebx,%esi,2\),%ebx
  16:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  24:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
  27:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  35:	90                   	nop
  36:	66 c5 5b 04          	lds    0x4\(%ebx\),%bx
  3a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  41:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  48:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  4b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  52:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  59:	90                   	nop
  5a:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  5d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  64:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6b:	90                   	nop
  6c:	66 c4 5b 04          	les    0x4\(%ebx\),%bx
  70:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  77:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7e:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  82:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  89:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  90:	90                   	nop
  91:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  95:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a3:	90                   	nop
  a4:	66 0f b4 5b 04       	lfs    0x4\(%ebx\),%bx
  a9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b7:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  bb:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c9:	90                   	nop
  ca:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  ce:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d5:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  dc:	90                   	nop
  dd:	66 0f b5 5b 04       	lgs    0x4\(%ebx\),%bx
  e2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f0:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
  f4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  fb:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 102:	90                   	nop
 103:	0f b2 5c 73 04       	lss    0x4\(%ebx,%esi,2\),%ebx
 108:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 10f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 116:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
 11a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 121:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 128:	90                   	nop
 129:	66 0f b2 5b 04       	lss    0x4\(%ebx\),%bx
 12e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 135:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
