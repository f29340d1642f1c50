# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: far-pointer-load (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
   3:	eb 0d                	jmp    0x12
   5:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   c:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  12:	c5 5c 73 04          	lds    0x4\(%ebx,%esi,2\),%ebx
  16:	eb 0c                	jmp    0x24
  18:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1f:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  24:	c5 5b 04             	lds    0x4\(%ebx\),%ebx
  27:	eb 0d                	jmp    0x36
  29:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  30:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  36:	66 c5 5b 04          	lds    0x4\(%ebx\),%bx
  3a:	eb 0c                	jmp    0x48
  3c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  43:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  48:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  4b:	eb 0d                	jmp    0x5a
  4d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  54:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  5a:	c4 5b 04             	les    0x4\(%ebx\),%ebx
  5d:	eb 0d                	jmp    0x6c
  5f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  66:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  6c:	66 c4 5b 04          	les    0x4\(%ebx\),%bx
  70:	eb 0c                	jmp    0x7e
  72:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  79:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  7e:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  82:	eb 0d                	jmp    0x91
  84:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  8b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  91:	0f b4 5b 04          	lfs    0x4\(%ebx\),%ebx
  95:	eb 0d                	jmp    0xa4
  97:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  9e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  a4:	66 0f b4 5b 04       	lfs    0x4\(%ebx\),%bx
  a9:	eb 0c                	jmp    0xb7
  ab:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b2:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  b7:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  bb:	eb 0d                	jmp    0xca
  bd:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  ca:	0f b5 5b 04          	lgs    0x4\(%ebx\),%ebx
  ce:	eb 0d                	jmp    0xdd
  d0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  d7:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  dd:	66 0f b5 5b 04       	lgs    0x4\(%ebx\),%bx
  e2:	eb 0c                	jmp    0xf0
  e4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  eb:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  f0:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
  f4:	eb 0d                	jmp    0x103
  f6:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  fd:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 103:	0f b2 5c 73 04       	lss    0x4\(%ebx,%esi,2\),%ebx
 108:	eb 0c                	jmp    0x116
 10a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 111:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
 116:	0f b2 5b 04          	lss    0x4\(%ebx\),%ebx
 11a:	eb 0d                	jmp    0x129
 11c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 123:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 129:	66 0f b2 5b 04       	lss    0x4\(%ebx\),%bx
 12e:	eb 0c                	jmp    0x13c
 130:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 137:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
