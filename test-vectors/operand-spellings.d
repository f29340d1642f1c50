# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: operand-spellings (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	2e ff 1d 04 00 00 00 	lcall  \*%cs:0x4
   7:	0f 1f 00             	nopl   \(%eax\)
   a:	2e ff 2d 04 00 00 00 	ljmp   \*%cs:0x4
  11:	0f 1f 40 00          	nopl   0x0\(%eax\)
  15:	ff 6c 58 04          	ljmp   \*0x4\(%eax,%ebx,2\)
  19:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  20:	8e 58 04             	mov    0x4\(%eax\),%ds
  23:	eb 09                	jmp    2e <\.text\+0x2e>
  25:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2c:	66 90                	xchg   %ax,%ax
  2e:	8e 5c 58 04          	mov    0x4\(%eax,%ebx,2\),%ds
  32:	eb 08                	jmp    3c <\.text\+0x3c>
  34:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  3b:	90                   	nop
  3c:	26 8e 64 35 04       	mov    %es:0x4\(%ebp,%esi,1\),%fs
  41:	eb 07                	jmp    4a <\.text\+0x4a>
  43:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  4a:	0f 22 d8             	mov    %eax,%cr3
  4d:	eb 0a                	jmp    59 <\.text\+0x59>
  4f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  56:	0f 1f 00             	nopl   \(%eax\)
  59:	8c 5c 58 04          	mov    %ds,0x4\(%eax,%ebx,2\)
  5d:	eb 08                	jmp    67 <\.text\+0x67>
  5f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  66:	90                   	nop
  67:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  69:	eb 0a                	jmp    75 <\.text\+0x75>
  6b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  72:	0f 1f 00             	nopl   \(%eax\)
  75:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
  77:	eb 0d                	jmp    86 <\.text\+0x86>
  79:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  80:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  86:	ec                   	in     \(%dx\),%al
  87:	eb 0b                	jmp    94 <\.text\+0x94>
  89:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  90:	0f 1f 40 00          	nopl   0x0\(%eax\)
  94:	f0 0f 20 c0          	mov    %cr8,%eax
  98:	eb 09                	jmp    a3 <\.text\+0xa3>
  9a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a1:	66 90                	xchg   %ax,%ax
  a3:	f0 0f 22 c0          	mov    %eax,%cr8
  a7:	eb 09                	jmp    b2 <\.text\+0xb2>
  a9:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b0:	66 90                	xchg   %ax,%ax
  b2:	ca 04 00             	lret   \$0x4
  b5:	0f 1f 40 00          	nopl   0x0\(%eax\)
  b9:	ea 00 10 00 00 10 00 	ljmp   \$0x10,\$0x1000
  c0:	eb 07                	jmp    c9 <\.text\+0xc9>
  c2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c9:	9a 00 10 00 00 10 00 	lcall  \$0x10,\$0x1000
  d0:	eb 06                	jmp    d8 <\.text\+0xd8>
  d2:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  d8:	66 ea 00 01 10 00    	ljmpw  \$0x10,\$0x100
  de:	eb 08                	jmp    e8 <\.text\+0xe8>
  e0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  e7:	90                   	nop
  e8:	8b 4c 58 04          	mov    0x4\(%eax,%ebx,2\),%ecx
  ec:	26 8b 07             	mov    %es:\(%edi\),%eax
  ef:	b8 04 00 00 00       	mov    \$0x4,%eax
  f4:	ff 74 58 04          	push   0x4\(%eax,%ebx,2\)
  f8:	eb 00                	jmp    fa <\.text\+0xfa>
  fa:	ff d0                	call   \*%eax
  fc:	ff 64 58 04          	jmp    \*0x4\(%eax,%ebx,2\)
 100:	f3 a4                	rep movsb %ds:\(%esi\),%es:\(%edi\)
