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
   1:	66 90                	xchg   %ax,%ax
   3:	66 90                	xchg   %ax,%ax
   5:	90                   	nop
   6:	06                   	push   %es
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	90                   	nop
   c:	66 06                	pushw  %es
   e:	66 90                	xchg   %ax,%ax
  10:	66 90                	xchg   %ax,%ax
  12:	0e                   	push   %cs
  13:	66 90                	xchg   %ax,%ax
  15:	66 90                	xchg   %ax,%ax
  17:	90                   	nop
  18:	0e                   	push   %cs
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	90                   	nop
  1e:	66 0e                	pushw  %cs
  20:	66 90                	xchg   %ax,%ax
  22:	66 90                	xchg   %ax,%ax
  24:	16                   	push   %ss
  25:	66 90                	xchg   %ax,%ax
  27:	66 90                	xchg   %ax,%ax
  29:	90                   	nop
  2a:	16                   	push   %ss
  2b:	66 90                	xchg   %ax,%ax
  2d:	66 90                	xchg   %ax,%ax
  2f:	90                   	nop
  30:	66 16                	pushw  %ss
  32:	66 90                	xchg   %ax,%ax
  34:	66 90                	xchg   %ax,%ax
  36:	1e                   	push   %ds
  37:	66 90                	xchg   %ax,%ax
  39:	66 90                	xchg   %ax,%ax
  3b:	90                   	nop
  3c:	1e                   	push   %ds
  3d:	66 90                	xchg   %ax,%ax
  3f:	66 90                	xchg   %ax,%ax
  41:	90                   	nop
  42:	66 1e                	pushw  %ds
  44:	66 90                	xchg   %ax,%ax
  46:	66 90                	xchg   %ax,%ax
  48:	0f a0                	push   %fs
  4a:	66 90                	xchg   %ax,%ax
  4c:	66 90                	xchg   %ax,%ax
  4e:	0f a0                	push   %fs
  50:	66 90                	xchg   %ax,%ax
  52:	66 90                	xchg   %ax,%ax
  54:	66 0f a0             	pushw  %fs
  57:	66 90                	xchg   %ax,%ax
  59:	90                   	nop
  5a:	0f a8                	push   %gs
  5c:	66 90                	xchg   %ax,%ax
  5e:	66 90                	xchg   %ax,%ax
  60:	0f a8                	push   %gs
  62:	66 90                	xchg   %ax,%ax
  64:	66 90                	xchg   %ax,%ax
  66:	66 0f a8             	pushw  %gs
  69:	66 90                	xchg   %ax,%ax
  6b:	90                   	nop
  6c:	07                   	pop    %es
  6d:	66 90                	xchg   %ax,%ax
  6f:	66 90                	xchg   %ax,%ax
  71:	90                   	nop
  72:	07                   	pop    %es
  73:	66 90                	xchg   %ax,%ax
  75:	66 90                	xchg   %ax,%ax
  77:	90                   	nop
  78:	66 07                	popw   %es
  7a:	66 90                	xchg   %ax,%ax
  7c:	66 90                	xchg   %ax,%ax
  7e:	17                   	pop    %ss
  7f:	66 90                	xchg   %ax,%ax
  81:	66 90                	xchg   %ax,%ax
  83:	90                   	nop
  84:	17                   	pop    %ss
  85:	66 90                	xchg   %ax,%ax
  87:	66 90                	xchg   %ax,%ax
  89:	90                   	nop
  8a:	66 17                	popw   %ss
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	1f                   	pop    %ds
  91:	66 90                	xchg   %ax,%ax
  93:	66 90                	xchg   %ax,%ax
  95:	90                   	nop
  96:	1f                   	pop    %ds
  97:	66 90                	xchg   %ax,%ax
  99:	66 90                	xchg   %ax,%ax
  9b:	90                   	nop
  9c:	66 1f                	popw   %ds
  9e:	66 90                	xchg   %ax,%ax
  a0:	66 90                	xchg   %ax,%ax
  a2:	0f a1                	pop    %fs
  a4:	66 90                	xchg   %ax,%ax
  a6:	66 90                	xchg   %ax,%ax
  a8:	0f a1                	pop    %fs
  aa:	66 90                	xchg   %ax,%ax
  ac:	66 90                	xchg   %ax,%ax
  ae:	66 0f a1             	popw   %fs
  b1:	66 90                	xchg   %ax,%ax
  b3:	90                   	nop
  b4:	0f a9                	pop    %gs
  b6:	66 90                	xchg   %ax,%ax
  b8:	66 90                	xchg   %ax,%ax
  ba:	0f a9                	pop    %gs
  bc:	66 90                	xchg   %ax,%ax
  be:	66 90                	xchg   %ax,%ax
  c0:	66 0f a9             	popw   %gs
  c3:	66 90                	xchg   %ax,%ax
  c5:	90                   	nop
