# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: syntax-variants (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	fa                   	cli
   1:	66 90                	xchg   %ax,%ax
   3:	66 90                	xchg   %ax,%ax
   5:	66 90                	xchg   %ax,%ax
   7:	90                   	nop
   8:	fb                   	sti
   9:	eb 15                	jmp    0x20
   b:	66 90                	xchg   %ax,%ax
   d:	66 90                	xchg   %ax,%ax
   f:	66 90                	xchg   %ax,%ax
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	66 90                	xchg   %ax,%ax
  17:	66 90                	xchg   %ax,%ax
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	66 90                	xchg   %ax,%ax
  1f:	90                   	nop
  20:	fa                   	cli
  21:	66 90                	xchg   %ax,%ax
  23:	66 90                	xchg   %ax,%ax
  25:	66 90                	xchg   %ax,%ax
  27:	90                   	nop
  28:	fb                   	sti
  29:	eb 15                	jmp    0x40
  2b:	66 90                	xchg   %ax,%ax
  2d:	66 90                	xchg   %ax,%ax
  2f:	66 90                	xchg   %ax,%ax
  31:	66 90                	xchg   %ax,%ax
  33:	66 90                	xchg   %ax,%ax
  35:	66 90                	xchg   %ax,%ax
  37:	66 90                	xchg   %ax,%ax
  39:	66 90                	xchg   %ax,%ax
  3b:	66 90                	xchg   %ax,%ax
  3d:	66 90                	xchg   %ax,%ax
  3f:	90                   	nop
  40:	9c                   	pushf
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	90                   	nop
  46:	9d                   	popf
  47:	eb 13                	jmp    0x5c
  49:	66 90                	xchg   %ax,%ax
  4b:	66 90                	xchg   %ax,%ax
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	66 90                	xchg   %ax,%ax
  53:	66 90                	xchg   %ax,%ax
  55:	66 90                	xchg   %ax,%ax
  57:	66 90                	xchg   %ax,%ax
  59:	66 90                	xchg   %ax,%ax
  5b:	90                   	nop
  5c:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  5e:	66 90                	xchg   %ax,%ax
  60:	66 90                	xchg   %ax,%ax
  62:	66 90                	xchg   %ax,%ax
  64:	66 90                	xchg   %ax,%ax
  66:	66 90                	xchg   %ax,%ax
  68:	66 90                	xchg   %ax,%ax
  6a:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
  6c:	66 90                	xchg   %ax,%ax
  6e:	66 90                	xchg   %ax,%ax
  70:	66 90                	xchg   %ax,%ax
  72:	66 90                	xchg   %ax,%ax
  74:	66 90                	xchg   %ax,%ax
  76:	66 90                	xchg   %ax,%ax
  78:	66 90                	xchg   %ax,%ax
  7a:	90                   	nop
  7b:	66 f3 6d             	rep insw \(%dx\),%es:\(%edi\)
  7e:	66 90                	xchg   %ax,%ax
  80:	66 90                	xchg   %ax,%ax
  82:	66 90                	xchg   %ax,%ax
  84:	66 90                	xchg   %ax,%ax
  86:	66 90                	xchg   %ax,%ax
  88:	90                   	nop
  89:	3e fa                	ds cli
  8b:	66 90                	xchg   %ax,%ax
  8d:	66 90                	xchg   %ax,%ax
  8f:	66 90                	xchg   %ax,%ax
  91:	66 0f 01 10          	lgdtw  \(%eax\)
  95:	66 90                	xchg   %ax,%ax
  97:	66 90                	xchg   %ax,%ax
  99:	66 90                	xchg   %ax,%ax
  9b:	66 90                	xchg   %ax,%ax
  9d:	0f 22 d8             	mov    %eax,%cr3
  a0:	66 90                	xchg   %ax,%ax
  a2:	66 90                	xchg   %ax,%ax
  a4:	66 90                	xchg   %ax,%ax
  a6:	66 90                	xchg   %ax,%ax
  a8:	66 90                	xchg   %ax,%ax
  aa:	66 90                	xchg   %ax,%ax
  ac:	0f 20 c1             	mov    %cr0,%ecx
  af:	66 90                	xchg   %ax,%ax
  b1:	66 90                	xchg   %ax,%ax
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	66 90                	xchg   %ax,%ax
  b9:	66 90                	xchg   %ax,%ax
  bb:	0f 22 e0             	mov    %eax,%cr4
  be:	66 90                	xchg   %ax,%ax
  c0:	66 90                	xchg   %ax,%ax
  c2:	66 90                	xchg   %ax,%ax
  c4:	66 90                	xchg   %ax,%ax
  c6:	66 90                	xchg   %ax,%ax
  c8:	66 90                	xchg   %ax,%ax
  ca:	f0 ff 00             	lock incl \(%eax\)
  cd:	f3 a5                	rep movsl %ds:\(%esi\),%es:\(%edi\)
  cf:	8b 4c 58 04          	mov    0x4\(%eax,%ebx,2\),%ecx
  d3:	66 89 02             	mov    %ax,\(%edx\)
  d6:	53                   	push   %ebx
  d7:	68 34 12 00 00       	push   \$0x1234
  dc:	5d                   	pop    %ebp
  dd:	0f a0                	push   %fs
  df:	66 90                	xchg   %ax,%ax
  e1:	66 90                	xchg   %ax,%ax
  e3:	e4 60                	in     \$0x60,%al
  e5:	66 90                	xchg   %ax,%ax
  e7:	66 90                	xchg   %ax,%ax
  e9:	66 90                	xchg   %ax,%ax
  eb:	66 90                	xchg   %ax,%ax
  ed:	66 90                	xchg   %ax,%ax
  ef:	66 90                	xchg   %ax,%ax
  f1:	90                   	nop
  f2:	e6 80                	out    %al,\$0x80
  f4:	66 90                	xchg   %ax,%ax
  f6:	66 90                	xchg   %ax,%ax
  f8:	66 90                	xchg   %ax,%ax
  fa:	66 90                	xchg   %ax,%ax
  fc:	66 90                	xchg   %ax,%ax
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	66 90                	xchg   %ax,%ax
 104:	fa                   	cli
 105:	66 90                	xchg   %ax,%ax
 107:	66 90                	xchg   %ax,%ax
 109:	66 90                	xchg   %ax,%ax
 10b:	90                   	nop
 10c:	66 0f 01 14 66       	lgdtw  \(%esi,%eiz,2\)
 111:	90                   	nop
 112:	66 90                	xchg   %ax,%ax
 114:	66 90                	xchg   %ax,%ax
 116:	66 90                	xchg   %ax,%ax
 118:	ea 00 10 08 00 66 90 	ljmp   \$0x9066,\$0x81000
 11f:	66 90                	xchg   %ax,%ax
 121:	66 90                	xchg   %ax,%ax
 123:	66 90                	xchg   %ax,%ax
 125:	66 90                	xchg   %ax,%ax
 127:	90                   	nop
 128:	8e d0                	mov    %eax,%ss
 12a:	66 90                	xchg   %ax,%ax
 12c:	66 90                	xchg   %ax,%ax
 12e:	66 90                	xchg   %ax,%ax
 130:	66 90                	xchg   %ax,%ax
 132:	66 90                	xchg   %ax,%ax
 134:	66 90                	xchg   %ax,%ax
 136:	fa                   	cli
 137:	fb                   	sti
 138:	eb 15                	jmp    0x14f
 13a:	66 90                	xchg   %ax,%ax
 13c:	66 90                	xchg   %ax,%ax
 13e:	66 90                	xchg   %ax,%ax
 140:	66 90                	xchg   %ax,%ax
 142:	66 90                	xchg   %ax,%ax
 144:	66 90                	xchg   %ax,%ax
 146:	66 90                	xchg   %ax,%ax
 148:	66 90                	xchg   %ax,%ax
 14a:	66 90                	xchg   %ax,%ax
 14c:	66 90                	xchg   %ax,%ax
 14e:	90                   	nop
