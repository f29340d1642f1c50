# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: segment-stack (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	06                   	push   %es
   1:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   5:	90                   	nop
   6:	06                   	push   %es
   7:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   b:	90                   	nop
   c:	66 06                	pushw  %es
   e:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  12:	0e                   	push   %cs
  13:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  17:	90                   	nop
  18:	0e                   	push   %cs
  19:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  1d:	90                   	nop
  1e:	66 0e                	pushw  %cs
  20:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  24:	16                   	push   %ss
  25:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  29:	90                   	nop
  2a:	16                   	push   %ss
  2b:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  2f:	90                   	nop
  30:	66 16                	pushw  %ss
  32:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  36:	1e                   	push   %ds
  37:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  3b:	90                   	nop
  3c:	1e                   	push   %ds
  3d:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  41:	90                   	nop
  42:	66 1e                	pushw  %ds
  44:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  48:	0f a0                	push   %fs
  4a:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  4e:	0f a0                	push   %fs
  50:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  54:	66 0f a0             	pushw  %fs
  57:	8d 76 00             	lea    0x0\(%esi\),%esi
  5a:	0f a8                	push   %gs
  5c:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  60:	0f a8                	push   %gs
  62:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  66:	66 0f a8             	pushw  %gs
  69:	8d 76 00             	lea    0x0\(%esi\),%esi
  6c:	07                   	pop    %es
  6d:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  71:	90                   	nop
  72:	07                   	pop    %es
  73:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  77:	90                   	nop
  78:	66 07                	popw   %es
  7a:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  7e:	17                   	pop    %ss
  7f:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  83:	90                   	nop
  84:	17                   	pop    %ss
  85:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  89:	90                   	nop
  8a:	66 17                	popw   %ss
  8c:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  90:	1f                   	pop    %ds
  91:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  95:	90                   	nop
  96:	1f                   	pop    %ds
  97:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  9b:	90                   	nop
  9c:	66 1f                	popw   %ds
  9e:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  a2:	0f a1                	pop    %fs
  a4:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  a8:	0f a1                	pop    %fs
  aa:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ae:	66 0f a1             	popw   %fs
  b1:	8d 76 00             	lea    0x0\(%esi\),%esi
  b4:	0f a9                	pop    %gs
  b6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ba:	0f a9                	pop    %gs
  bc:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  c0:	66 0f a9             	popw   %gs
  c3:	8d 76 00             	lea    0x0\(%esi\),%esi
