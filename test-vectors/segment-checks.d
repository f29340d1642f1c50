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
   3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   a:	90                   	nop
   b:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  10:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  16:	66 0f 02 d8          	lar    %ax,%bx
  1a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  21:	66 0f 02 5c 73 04    	lar    0x4\(%ebx,%esi,2\),%bx
  27:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  2b:	90                   	nop
  2c:	0f 02 d8             	lar    %eax,%ebx
  2f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  36:	90                   	nop
  37:	0f 02 5c 73 04       	lar    0x4\(%ebx,%esi,2\),%ebx
  3c:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  42:	0f 03 d8             	lsl    %eax,%ebx
  45:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  4c:	90                   	nop
  4d:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  52:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  58:	66 0f 03 d8          	lsl    %ax,%bx
  5c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  63:	66 0f 03 5c 73 04    	lsl    0x4\(%ebx,%esi,2\),%bx
  69:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  6d:	90                   	nop
  6e:	0f 03 d8             	lsl    %eax,%ebx
  71:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  78:	90                   	nop
  79:	0f 03 5c 73 04       	lsl    0x4\(%ebx,%esi,2\),%ebx
  7e:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  84:	0f 00 e0             	verr   %ax
  87:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  8e:	90                   	nop
  8f:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  94:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  9a:	0f 00 e0             	verr   %ax
  9d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a4:	90                   	nop
  a5:	0f 00 64 73 04       	verr   0x4\(%ebx,%esi,2\)
  aa:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  b0:	0f 00 e8             	verw   %ax
  b3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ba:	90                   	nop
  bb:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  c0:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  c6:	0f 00 e8             	verw   %ax
  c9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d0:	90                   	nop
  d1:	0f 00 6c 73 04       	verw   0x4\(%ebx,%esi,2\)
  d6:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  dc:	63 c3                	arpl   %ax,%bx
  de:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e5:	90                   	nop
  e6:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  ea:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  f0:	63 c3                	arpl   %ax,%bx
  f2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f9:	90                   	nop
  fa:	63 44 73 04          	arpl   %ax,0x4\(%ebx,%esi,2\)
  fe:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
