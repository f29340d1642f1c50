# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: segment-checks (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 02 d8             	lar    %eax,%ebx
   3:	eb 06                	jmp    0xb
   5:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   b:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  10:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  16:	66 0f 02 d8          	lar    %ax,%bx
  1a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  21:	66 0f 02 5c 73 04    	lar    0x4\(%ebx,%esi,2\),%bx
  27:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  2c:	0f 02 d8             	lar    %eax,%ebx
  2f:	eb 06                	jmp    0x37
  31:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  37:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  3c:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  42:	0f 03 d8             	lsl    %eax,%ebx
  45:	eb 06                	jmp    0x4d
  47:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  4d:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  52:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  58:	66 0f 03 d8          	lsl    %ax,%bx
  5c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  63:	66 0f 03 5c 73 04    	lsl    0x4\(%ebx,%esi,2\),%bx
  69:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  6e:	0f 03 d8             	lsl    %eax,%ebx
  71:	eb 06                	jmp    0x79
  73:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  79:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  7e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  84:	0f 00 e0             	verr   %ax
  87:	eb 06                	jmp    0x8f
  89:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  8f:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  94:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  9a:	0f 00 e0             	verr   %ax
  9d:	eb 06                	jmp    0xa5
  9f:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  a5:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  aa:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  b0:	0f 00 e8             	verw   %ax
  b3:	eb 06                	jmp    0xbb
  b5:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  bb:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  c0:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  c6:	0f 00 e8             	verw   %ax
  c9:	eb 06                	jmp    0xd1
  cb:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  d1:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  d6:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  dc:	63 c3                	arpl   %ax,%bx
  de:	eb 06                	jmp    0xe6
  e0:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  e6:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  ea:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  f0:	63 c3                	arpl   %ax,%bx
  f2:	eb 06                	jmp    0xfa
  f4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  fa:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  fe:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
