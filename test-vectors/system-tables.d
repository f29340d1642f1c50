# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: system-tables (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
   4:	eb 06                	jmp    0xc
   6:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   c:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  11:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  18:	0f 01 53 04          	lgdtl  0x4\(%ebx\)
  1c:	eb 06                	jmp    0x24
  1e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  24:	0f 01 54 73 04       	lgdtl  0x4\(%ebx,%esi,2\)
  29:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  30:	66 0f 01 53 04       	lgdtw  0x4\(%ebx\)
  35:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  3c:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  40:	eb 06                	jmp    0x48
  42:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  48:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  4d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  54:	0f 01 5b 04          	lidtl  0x4\(%ebx\)
  58:	eb 06                	jmp    0x60
  5a:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  60:	0f 01 5c 73 04       	lidtl  0x4\(%ebx,%esi,2\)
  65:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  6c:	66 0f 01 5b 04       	lidtw  0x4\(%ebx\)
  71:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  78:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  7c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  83:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  88:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  8e:	0f 01 43 04          	sgdtl  0x4\(%ebx\)
  92:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  99:	0f 01 44 73 04       	sgdtl  0x4\(%ebx,%esi,2\)
  9e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  a4:	66 0f 01 43 04       	sgdtw  0x4\(%ebx\)
  a9:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  af:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  b3:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  ba:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  bf:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  c5:	0f 01 4b 04          	sidtl  0x4\(%ebx\)
  c9:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  d0:	0f 01 4c 73 04       	sidtl  0x4\(%ebx,%esi,2\)
  d5:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  db:	66 0f 01 4b 04       	sidtw  0x4\(%ebx\)
  e0:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  e6:	0f 00 d0             	lldt   %ax
  e9:	eb 0e                	jmp    0xf9
  eb:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  f2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  f9:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
  fe:	eb 0c                	jmp    0x10c
 100:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 107:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 10c:	0f 00 d0             	lldt   %ax
 10f:	eb 0e                	jmp    0x11f
 111:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 118:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 11f:	0f 00 54 73 04       	lldt   0x4\(%ebx,%esi,2\)
 124:	eb 0c                	jmp    0x132
 126:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 12d:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 132:	0f 00 c0             	sldt   %eax
 135:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 13b:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 140:	0f 1f 40 00          	nopl   0x0\(%eax\)
 144:	0f 00 c0             	sldt   %eax
 147:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 14d:	66 0f 00 c0          	sldt   %ax
 151:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 156:	0f 00 44 73 04       	sldt   0x4\(%ebx,%esi,2\)
 15b:	0f 1f 40 00          	nopl   0x0\(%eax\)
 15f:	0f 00 d8             	ltr    %ax
 162:	eb 0e                	jmp    0x172
 164:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 16b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 172:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 177:	eb 0c                	jmp    0x185
 179:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 180:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 185:	0f 00 d8             	ltr    %ax
 188:	eb 0e                	jmp    0x198
 18a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 191:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 198:	0f 00 5c 73 04       	ltr    0x4\(%ebx,%esi,2\)
 19d:	eb 0c                	jmp    0x1ab
 19f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1a6:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 1ab:	0f 00 c8             	str    %eax
 1ae:	eb 07                	jmp    0x1b7
 1b0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1b7:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1bc:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1c3:	0f 00 c8             	str    %eax
 1c6:	eb 07                	jmp    0x1cf
 1c8:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 1cf:	66 0f 00 c8          	str    %ax
 1d3:	eb 06                	jmp    0x1db
 1d5:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 1db:	0f 00 4c 73 04       	str    0x4\(%ebx,%esi,2\)
 1e0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
