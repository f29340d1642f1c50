# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: segment-stack (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	06                   	push   %es
   1:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
   6:	06                   	push   %es
   7:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
   c:	66 06                	pushw  %es
   e:	0f 1f 40 00          	nopl   0x0\(%eax\)
  12:	0e                   	push   %cs
  13:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  18:	0e                   	push   %cs
  19:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  1e:	66 0e                	pushw  %cs
  20:	0f 1f 40 00          	nopl   0x0\(%eax\)
  24:	16                   	push   %ss
  25:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  2a:	16                   	push   %ss
  2b:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  30:	66 16                	pushw  %ss
  32:	0f 1f 40 00          	nopl   0x0\(%eax\)
  36:	1e                   	push   %ds
  37:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  3c:	1e                   	push   %ds
  3d:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  42:	66 1e                	pushw  %ds
  44:	0f 1f 40 00          	nopl   0x0\(%eax\)
  48:	0f a0                	push   %fs
  4a:	0f 1f 40 00          	nopl   0x0\(%eax\)
  4e:	0f a0                	push   %fs
  50:	0f 1f 40 00          	nopl   0x0\(%eax\)
  54:	66 0f a0             	pushw  %fs
  57:	0f 1f 00             	nopl   \(%eax\)
  5a:	0f a8                	push   %gs
  5c:	0f 1f 40 00          	nopl   0x0\(%eax\)
  60:	0f a8                	push   %gs
  62:	0f 1f 40 00          	nopl   0x0\(%eax\)
  66:	66 0f a8             	pushw  %gs
  69:	0f 1f 00             	nopl   \(%eax\)
  6c:	07                   	pop    %es
  6d:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  72:	07                   	pop    %es
  73:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  78:	66 07                	popw   %es
  7a:	0f 1f 40 00          	nopl   0x0\(%eax\)
  7e:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  83:	17                   	pop    %ss
  84:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  89:	17                   	pop    %ss
  8a:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  8f:	66 17                	popw   %ss
  91:	1f                   	pop    %ds
  92:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  97:	1f                   	pop    %ds
  98:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  9d:	66 1f                	popw   %ds
  9f:	0f 1f 40 00          	nopl   0x0\(%eax\)
  a3:	0f a1                	pop    %fs
  a5:	0f 1f 40 00          	nopl   0x0\(%eax\)
  a9:	0f a1                	pop    %fs
  ab:	0f 1f 40 00          	nopl   0x0\(%eax\)
  af:	66 0f a1             	popw   %fs
  b2:	0f 1f 00             	nopl   \(%eax\)
  b5:	0f a9                	pop    %gs
  b7:	0f 1f 40 00          	nopl   0x0\(%eax\)
  bb:	0f a9                	pop    %gs
  bd:	0f 1f 40 00          	nopl   0x0\(%eax\)
  c1:	66 0f a9             	popw   %gs
  c4:	0f 1f 00             	nopl   \(%eax\)
