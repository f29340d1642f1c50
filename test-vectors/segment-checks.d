# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: segment-checks (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 02 d8             	lar    %eax,%ebx
   3:	66 90                	xchg   %ax,%ax
   5:	66 90                	xchg   %ax,%ax
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  10:	66 90                	xchg   %ax,%ax
  12:	66 90                	xchg   %ax,%ax
  14:	66 90                	xchg   %ax,%ax
  16:	66 0f 02 d8          	lar    %ax,%bx
  1a:	66 90                	xchg   %ax,%ax
  1c:	66 90                	xchg   %ax,%ax
  1e:	66 90                	xchg   %ax,%ax
  20:	90                   	nop
  21:	66 0f 02 5c 73 04    	lar    0x4\(%ebx,%esi,2\),%bx
  27:	66 90                	xchg   %ax,%ax
  29:	66 90                	xchg   %ax,%ax
  2b:	90                   	nop
  2c:	0f 02 d8             	lar    %eax,%ebx
  2f:	66 90                	xchg   %ax,%ax
  31:	66 90                	xchg   %ax,%ax
  33:	66 90                	xchg   %ax,%ax
  35:	66 90                	xchg   %ax,%ax
  37:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  3c:	66 90                	xchg   %ax,%ax
  3e:	66 90                	xchg   %ax,%ax
  40:	66 90                	xchg   %ax,%ax
  42:	0f 03 d8             	lsl    %eax,%ebx
  45:	66 90                	xchg   %ax,%ax
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	66 90                	xchg   %ax,%ax
  4d:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  52:	66 90                	xchg   %ax,%ax
  54:	66 90                	xchg   %ax,%ax
  56:	66 90                	xchg   %ax,%ax
  58:	66 0f 03 d8          	lsl    %ax,%bx
  5c:	66 90                	xchg   %ax,%ax
  5e:	66 90                	xchg   %ax,%ax
  60:	66 90                	xchg   %ax,%ax
  62:	90                   	nop
  63:	66 0f 03 5c 73 04    	lsl    0x4\(%ebx,%esi,2\),%bx
  69:	66 90                	xchg   %ax,%ax
  6b:	66 90                	xchg   %ax,%ax
  6d:	90                   	nop
  6e:	0f 03 d8             	lsl    %eax,%ebx
  71:	66 90                	xchg   %ax,%ax
  73:	66 90                	xchg   %ax,%ax
  75:	66 90                	xchg   %ax,%ax
  77:	66 90                	xchg   %ax,%ax
  79:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  7e:	66 90                	xchg   %ax,%ax
  80:	66 90                	xchg   %ax,%ax
  82:	66 90                	xchg   %ax,%ax
  84:	0f 00 e0             	verr   %ax
  87:	66 90                	xchg   %ax,%ax
  89:	66 90                	xchg   %ax,%ax
  8b:	66 90                	xchg   %ax,%ax
  8d:	66 90                	xchg   %ax,%ax
  8f:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  94:	66 90                	xchg   %ax,%ax
  96:	66 90                	xchg   %ax,%ax
  98:	66 90                	xchg   %ax,%ax
  9a:	0f 00 e0             	verr   %ax
  9d:	66 90                	xchg   %ax,%ax
  9f:	66 90                	xchg   %ax,%ax
  a1:	66 90                	xchg   %ax,%ax
  a3:	66 90                	xchg   %ax,%ax
  a5:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  aa:	66 90                	xchg   %ax,%ax
  ac:	66 90                	xchg   %ax,%ax
  ae:	66 90                	xchg   %ax,%ax
  b0:	0f 00 e8             	verw   %ax
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	66 90                	xchg   %ax,%ax
  b9:	66 90                	xchg   %ax,%ax
  bb:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  c0:	66 90                	xchg   %ax,%ax
  c2:	66 90                	xchg   %ax,%ax
  c4:	66 90                	xchg   %ax,%ax
  c6:	0f 00 e8             	verw   %ax
  c9:	66 90                	xchg   %ax,%ax
  cb:	66 90                	xchg   %ax,%ax
  cd:	66 90                	xchg   %ax,%ax
  cf:	66 90                	xchg   %ax,%ax
  d1:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  d6:	66 90                	xchg   %ax,%ax
  d8:	66 90                	xchg   %ax,%ax
  da:	66 90                	xchg   %ax,%ax
  dc:	63 c3                	arpl   %ax,%bx
  de:	66 90                	xchg   %ax,%ax
  e0:	66 90                	xchg   %ax,%ax
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  ea:	66 90                	xchg   %ax,%ax
  ec:	66 90                	xchg   %ax,%ax
  ee:	66 90                	xchg   %ax,%ax
  f0:	63 c3                	arpl   %ax,%bx
  f2:	66 90                	xchg   %ax,%ax
  f4:	66 90                	xchg   %ax,%ax
  f6:	66 90                	xchg   %ax,%ax
  f8:	66 90                	xchg   %ax,%ax
  fa:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	66 90                	xchg   %ax,%ax
