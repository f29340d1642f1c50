# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: syntax-variants (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	fa                   	cli
   1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   8:	eb 15                	jmp    0x1f
   a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  11:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  18:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1f:	fb                   	sti
  20:	fa                   	cli
  21:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  28:	eb 15                	jmp    0x3f
  2a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  31:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  38:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  3f:	fb                   	sti
  40:	9c                   	pushf
  41:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  46:	9d                   	popf
  47:	eb 13                	jmp    0x5c
  49:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  50:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  57:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  5c:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  5e:	eb 0a                	jmp    0x6a
  60:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  67:	0f 1f 00             	nopl   \(%eax\)
  6a:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
  6c:	eb 0d                	jmp    0x7b
  6e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  75:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  7b:	66 f3 6d             	rep insw \(%dx\),%es:\(%edi\)
  7e:	eb 09                	jmp    0x89
  80:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  87:	66 90                	xchg   %ax,%ax
  89:	3e fa                	ds cli
  8b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  91:	66 0f 01 10          	lgdtw  \(%eax\)
  95:	eb 06                	jmp    0x9d
  97:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  9d:	0f 22 d8             	mov    %eax,%cr3
  a0:	eb 0a                	jmp    0xac
  a2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a9:	0f 1f 00             	nopl   \(%eax\)
  ac:	0f 20 c1             	mov    %cr0,%ecx
  af:	eb 0a                	jmp    0xbb
  b1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b8:	0f 1f 00             	nopl   \(%eax\)
  bb:	0f 22 e0             	mov    %eax,%cr4
  be:	eb 0a                	jmp    0xca
  c0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c7:	0f 1f 00             	nopl   \(%eax\)
  ca:	f0 ff 00             	lock incl \(%eax\)
  cd:	f3 a5                	rep movsl %ds:\(%esi\),%es:\(%edi\)
  cf:	8b 4c 58 04          	mov    0x4\(%eax,%ebx,2\),%ecx
  d3:	66 89 02             	mov    %ax,\(%edx\)
  d6:	53                   	push   %ebx
  d7:	68 34 12 00 00       	push   \$0x1234
  dc:	5d                   	pop    %ebp
  dd:	0f a0                	push   %fs
  df:	0f 1f 40 00          	nopl   0x0\(%eax\)
  e3:	e4 60                	in     \$0x60,%al
  e5:	eb 0b                	jmp    0xf2
  e7:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  ee:	0f 1f 40 00          	nopl   0x0\(%eax\)
  f2:	e6 80                	out    %al,\$0x80
  f4:	eb 0e                	jmp    0x104
  f6:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  fd:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 104:	fa                   	cli
 105:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 10c:	66 0f 01 14 eb       	lgdtw  \(%ebx,%ebp,8\)
 111:	06                   	push   %es
 112:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
 118:	ea 00 10 08 00 eb 09 	ljmp   \$0x9eb,\$0x81000
 11f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 126:	66 90                	xchg   %ax,%ax
 128:	eb 0a                	jmp    0x134
 12a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 131:	0f 1f 00             	nopl   \(%eax\)
 134:	8e d0                	mov    %eax,%ss
 136:	fa                   	cli
 137:	eb 15                	jmp    0x14e
 139:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 140:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 147:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 14e:	fb                   	sti
