# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: interrupt-shadow (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	eb 15                	jmp    0x17
   2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   9:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  10:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  17:	fb                   	sti
  18:	f4                   	hlt
  19:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  1f:	eb 15                	jmp    0x36
  21:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  28:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  36:	fb                   	sti
  37:	0f 35                	sysexit
  39:	eb 06                	jmp    0x41
  3b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  41:	eb 0a                	jmp    0x4d
  43:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  4a:	0f 1f 00             	nopl   \(%eax\)
  4d:	8e d0                	mov    %eax,%ss
  4f:	bc 00 7c 00 00       	mov    \$0x7c00,%esp
  54:	eb 0a                	jmp    0x60
  56:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  5d:	0f 1f 00             	nopl   \(%eax\)
  60:	8e 55 08             	mov    0x8\(%ebp\),%ss
  63:	89 e0                	mov    %esp,%eax
  65:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  6a:	17                   	pop    %ss
  6b:	1f                   	pop    %ds
  6c:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  71:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  76:	66 17                	popw   %ss
  78:	fa                   	cli
  79:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  80:	eb 15                	jmp    0x97
  82:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  89:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  90:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  97:	fb                   	sti
  98:	f4                   	hlt
  99:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  9f:	eb 0a                	jmp    0xab
  a1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a8:	0f 1f 00             	nopl   \(%eax\)
  ab:	8e d0                	mov    %eax,%ss
  ad:	bc 00 7c 66 0f       	mov    \$0xf667c00,%esp
  b2:	1f                   	pop    %ds
  b3:	40                   	inc    %eax
  b4:	00 17                	add    %dl,\(%edi\)
  b6:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  bb:	66 17                	popw   %ss
  bd:	fa                   	cli
  be:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c5:	c3                   	ret
