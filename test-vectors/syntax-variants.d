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
   1:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   8:	fb                   	sti
   9:	eb 15                	jmp    0x20
   b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  12:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  19:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  20:	fa                   	cli
  21:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  28:	fb                   	sti
  29:	eb 15                	jmp    0x40
  2b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  32:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  39:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  40:	9c                   	pushf
  41:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  45:	90                   	nop
  46:	9d                   	popf
  47:	eb 13                	jmp    0x5c
  49:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  50:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  57:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  5b:	90                   	nop
  5c:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  5e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  65:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  69:	90                   	nop
  6a:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
  6c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  73:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7a:	90                   	nop
  7b:	66 f3 6d             	rep insw \(%dx\),%es:\(%edi\)
  7e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  85:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  89:	3e fa                	ds cli
  8b:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  91:	66 0f 01 10          	lgdtw  \(%eax\)
  95:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9c:	90                   	nop
  9d:	0f 22 d8             	mov    %eax,%cr3
  a0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a7:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ab:	90                   	nop
  ac:	0f 20 c1             	mov    %cr0,%ecx
  af:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ba:	90                   	nop
  bb:	0f 22 e0             	mov    %eax,%cr4
  be:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c5:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  c9:	90                   	nop
  ca:	f0 ff 00             	lock incl \(%eax\)
  cd:	f3 a5                	rep movsl %ds:\(%esi\),%es:\(%edi\)
  cf:	8b 4c 58 04          	mov    0x4\(%eax,%ebx,2\),%ecx
  d3:	66 89 02             	mov    %ax,\(%edx\)
  d6:	53                   	push   %ebx
  d7:	68 34 12 00 00       	push   \$0x1234
  dc:	5d                   	pop    %ebp
  dd:	0f a0                	push   %fs
  df:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  e3:	e4 60                	in     \$0x60,%al
  e5:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ec:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  f2:	e6 80                	out    %al,\$0x80
  f4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  fb:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 102:	66 90                	xchg   %ax,%ax
 104:	fa                   	cli
 105:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 10c:	66 0f 01 14 8d b4 26 	lgdtw  0x26b4\(,%ecx,4\)
 113:	00 00 
 115:	00 00                	add    %al,\(%eax\)
 117:	90                   	nop
 118:	ea 00 10 08 00 8d b4 	ljmp   \$0xb48d,\$0x81000
 11f:	26 00 00             	add    %al,%es:\(%eax\)
 122:	00 00                	add    %al,\(%eax\)
 124:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 128:	8e d0                	mov    %eax,%ss
 12a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 131:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 135:	90                   	nop
 136:	fa                   	cli
 137:	fb                   	sti
 138:	eb 15                	jmp    0x14f
 13a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 141:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 148:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
