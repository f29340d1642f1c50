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
   c:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  11:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  18:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
  1c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  23:	90                   	nop
  24:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  29:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  30:	66 0f 01 53 04       	lgdtw  0x4\(%ebx\)
  35:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  3c:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  40:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  47:	90                   	nop
  48:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  4d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  54:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  58:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  5f:	90                   	nop
  60:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  65:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6c:	66 0f 01 5b 04       	lidtw  0x4\(%ebx\)
  71:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  78:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  7c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  83:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  88:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  8e:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  92:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  99:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  9e:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  a4:	66 0f 01 43 04       	sgdtw  0x4\(%ebx\)
  a9:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  af:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  b3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ba:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  bf:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  c5:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  c9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d0:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  d5:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  db:	66 0f 01 4b 04       	sidtw  0x4\(%ebx\)
  e0:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  e6:	0f 00 d0             	lldt   %ax
  e9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f7:	66 90                	xchg   %ax,%ax
  f9:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
  fe:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 105:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 10c:	0f 00 d0             	lldt   %ax
 10f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 116:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 11d:	66 90                	xchg   %ax,%ax
 11f:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
 124:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 12b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 132:	0f 00 c0             	sldt   %eax
 135:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
 13b:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 140:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 144:	0f 00 c0             	sldt   %eax
 147:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
 14d:	66 0f 00 c0          	sldt   %ax
 151:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 155:	90                   	nop
 156:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 15b:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 15f:	0f 00 d8             	ltr    %ax
 162:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 169:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 170:	66 90                	xchg   %ax,%ax
 172:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 177:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 17e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 185:	0f 00 d8             	ltr    %ax
 188:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 18f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 196:	66 90                	xchg   %ax,%ax
 198:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 19d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1a4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1ab:	0f 00 c8             	str    %eax
 1ae:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1b5:	66 90                	xchg   %ax,%ax
 1b7:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1bc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1c3:	0f 00 c8             	str    %eax
 1c6:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1cd:	66 90                	xchg   %ax,%ax
 1cf:	66 0f 00 c8          	str    %ax
 1d3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 1da:	90                   	nop
 1db:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1e0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
