# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: operand-spellings (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	2e ff 1d 04 00 00 00 	lcall  \*%cs:0x4
   7:	66 90                	xchg   %ax,%ax
   9:	90                   	nop
   a:	2e ff 2d 04 00 00 00 	ljmp   \*%cs:0x4
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	ff 6c 58 04          	ljmp   \*0x4\(%eax,%ebx,2\)
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	66 90                	xchg   %ax,%ax
  1f:	90                   	nop
  20:	8e 58 04             	mov    0x4\(%eax\),%ds
  23:	66 90                	xchg   %ax,%ax
  25:	66 90                	xchg   %ax,%ax
  27:	66 90                	xchg   %ax,%ax
  29:	66 90                	xchg   %ax,%ax
  2b:	66 90                	xchg   %ax,%ax
  2d:	90                   	nop
  2e:	8e 5c 58 04          	mov    0x4\(%eax,%ebx,2\),%ds
  32:	66 90                	xchg   %ax,%ax
  34:	66 90                	xchg   %ax,%ax
  36:	66 90                	xchg   %ax,%ax
  38:	66 90                	xchg   %ax,%ax
  3a:	66 90                	xchg   %ax,%ax
  3c:	26 8e 64 35 04       	mov    %es:0x4\(%ebp,%esi,1\),%fs
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	66 90                	xchg   %ax,%ax
  47:	66 90                	xchg   %ax,%ax
  49:	90                   	nop
  4a:	0f 22 d8             	mov    %eax,%cr3
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	66 90                	xchg   %ax,%ax
  53:	66 90                	xchg   %ax,%ax
  55:	66 90                	xchg   %ax,%ax
  57:	66 90                	xchg   %ax,%ax
  59:	8c 5c 58 04          	mov    %ds,0x4\(%eax,%ebx,2\)
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
  61:	66 90                	xchg   %ax,%ax
  63:	66 90                	xchg   %ax,%ax
  65:	66 90                	xchg   %ax,%ax
  67:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  69:	66 90                	xchg   %ax,%ax
  6b:	66 90                	xchg   %ax,%ax
  6d:	66 90                	xchg   %ax,%ax
  6f:	66 90                	xchg   %ax,%ax
  71:	66 90                	xchg   %ax,%ax
  73:	66 90                	xchg   %ax,%ax
  75:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
  77:	66 90                	xchg   %ax,%ax
  79:	66 90                	xchg   %ax,%ax
  7b:	66 90                	xchg   %ax,%ax
  7d:	66 90                	xchg   %ax,%ax
  7f:	66 90                	xchg   %ax,%ax
  81:	66 90                	xchg   %ax,%ax
  83:	66 90                	xchg   %ax,%ax
  85:	90                   	nop
  86:	ec                   	in     \(%dx\),%al
  87:	66 90                	xchg   %ax,%ax
  89:	66 90                	xchg   %ax,%ax
  8b:	66 90                	xchg   %ax,%ax
  8d:	66 90                	xchg   %ax,%ax
  8f:	66 90                	xchg   %ax,%ax
  91:	66 90                	xchg   %ax,%ax
  93:	90                   	nop
  94:	f0 0f 20 c0          	mov    %cr8,%eax
  98:	66 90                	xchg   %ax,%ax
  9a:	66 90                	xchg   %ax,%ax
  9c:	66 90                	xchg   %ax,%ax
  9e:	66 90                	xchg   %ax,%ax
  a0:	66 90                	xchg   %ax,%ax
  a2:	90                   	nop
  a3:	f0 0f 22 c0          	mov    %eax,%cr8
  a7:	66 90                	xchg   %ax,%ax
  a9:	66 90                	xchg   %ax,%ax
  ab:	66 90                	xchg   %ax,%ax
  ad:	66 90                	xchg   %ax,%ax
  af:	66 90                	xchg   %ax,%ax
  b1:	90                   	nop
  b2:	ca 04 00             	lret   \$0x4
  b5:	66 90                	xchg   %ax,%ax
  b7:	66 90                	xchg   %ax,%ax
  b9:	ea 00 10 00 00 10 00 	ljmp   \$0x10,\$0x1000
  c0:	66 90                	xchg   %ax,%ax
  c2:	66 90                	xchg   %ax,%ax
  c4:	66 90                	xchg   %ax,%ax
  c6:	66 90                	xchg   %ax,%ax
  c8:	90                   	nop
  c9:	9a 00 10 00 00 10 00 	lcall  \$0x10,\$0x1000
  d0:	66 90                	xchg   %ax,%ax
  d2:	66 90                	xchg   %ax,%ax
  d4:	66 90                	xchg   %ax,%ax
  d6:	66 90                	xchg   %ax,%ax
  d8:	66 ea 00 01 10 00    	ljmpw  \$0x10,\$0x100
  de:	66 90                	xchg   %ax,%ax
  e0:	66 90                	xchg   %ax,%ax
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	66 90                	xchg   %ax,%ax
  e8:	8b 4c 58 04          	mov    0x4\(%eax,%ebx,2\),%ecx
  ec:	26 8b 07             	mov    %es:\(%edi\),%eax
  ef:	b8 04 00 00 00       	mov    \$0x4,%eax
  f4:	ff 74 58 04          	push   0x4\(%eax,%ebx,2\)
  f8:	eb 00                	jmp    fa <\.text\+0xfa>
  fa:	ff d0                	call   \*%eax
  fc:	ff 64 58 04          	jmp    \*0x4\(%eax,%ebx,2\)
 100:	f3 a4                	rep movsb %ds:\(%esi\),%es:\(%edi\)
