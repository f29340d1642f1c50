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
   4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   b:	90                   	nop
   c:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
  10:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  17:	90                   	nop
  18:	66 0f 01 53 04       	lgdtw  0x4\(%ebx\)
  1d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  24:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  28:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2f:	90                   	nop
  30:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  34:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  3b:	90                   	nop
  3c:	66 0f 01 5b 04       	lidtw  0x4\(%ebx\)
  41:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  48:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  4c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  53:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  57:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  5e:	66 0f 01 43 04       	sgdtw  0x4\(%ebx\)
  63:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  69:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  6d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  74:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  78:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7f:	66 0f 01 4b 04       	sidtw  0x4\(%ebx\)
  84:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  8a:	0f 00 d0             	lldt   %ax
  8d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  94:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9b:	66 90                	xchg   %ax,%ax
  9d:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
  a2:	0f 00 d0             	lldt   %ax
  a5:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ac:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b3:	66 90                	xchg   %ax,%ax
  b5:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
  ba:	0f 00 c0             	sldt   %eax
  bd:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  c3:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
  c8:	0f 00 c0             	sldt   %eax
  cb:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  d1:	66 0f 00 c0          	sldt   %ax
  d5:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  d9:	90                   	nop
  da:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
  df:	0f 00 d8             	ltr    %ax
  e2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f0:	66 90                	xchg   %ax,%ax
  f2:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
  f7:	0f 00 d8             	ltr    %ax
  fa:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 101:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 108:	66 90                	xchg   %ax,%ax
 10a:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 10f:	0f 00 c8             	str    %eax
 112:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 119:	66 90                	xchg   %ax,%ax
 11b:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 120:	0f 00 c8             	str    %eax
 123:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 12a:	66 90                	xchg   %ax,%ax
 12c:	66 0f 00 c8          	str    %ax
 130:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 137:	90                   	nop
 138:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
