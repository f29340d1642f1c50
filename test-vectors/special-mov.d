# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: special-mov (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 20 db             	mov    %cr3,%ebx
   3:	eb 0a                	jmp    0xf
   5:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   c:	0f 1f 00             	nopl   \(%eax\)
   f:	0f 20 db             	mov    %cr3,%ebx
  12:	eb 0a                	jmp    0x1e
  14:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1b:	0f 1f 00             	nopl   \(%eax\)
  1e:	0f 22 d8             	mov    %eax,%cr3
  21:	eb 0a                	jmp    0x2d
  23:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2a:	0f 1f 00             	nopl   \(%eax\)
  2d:	0f 22 d8             	mov    %eax,%cr3
  30:	eb 0a                	jmp    0x3c
  32:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  39:	0f 1f 00             	nopl   \(%eax\)
  3c:	0f 21 fb             	mov    %db7,%ebx
  3f:	eb 0a                	jmp    0x4b
  41:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  48:	0f 1f 00             	nopl   \(%eax\)
  4b:	0f 21 fb             	mov    %db7,%ebx
  4e:	eb 0a                	jmp    0x5a
  50:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  57:	0f 1f 00             	nopl   \(%eax\)
  5a:	0f 23 f8             	mov    %eax,%db7
  5d:	eb 0a                	jmp    0x69
  5f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  66:	0f 1f 00             	nopl   \(%eax\)
  69:	0f 23 f8             	mov    %eax,%db7
  6c:	eb 0a                	jmp    0x78
  6e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  75:	0f 1f 00             	nopl   \(%eax\)
  78:	0f 24 f3             	mov    %tr6,%ebx
  7b:	eb 0a                	jmp    0x87
  7d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  84:	0f 1f 00             	nopl   \(%eax\)
  87:	0f 24 f3             	mov    %tr6,%ebx
  8a:	eb 0a                	jmp    0x96
  8c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  93:	0f 1f 00             	nopl   \(%eax\)
  96:	0f 26 f0             	mov    %eax,%tr6
  99:	eb 0a                	jmp    0xa5
  9b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a2:	0f 1f 00             	nopl   \(%eax\)
  a5:	0f 26 f0             	mov    %eax,%tr6
  a8:	eb 0a                	jmp    0xb4
  aa:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b1:	0f 1f 00             	nopl   \(%eax\)
  b4:	8c db                	mov    %ds,%ebx
  b6:	eb 0a                	jmp    0xc2
  b8:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  bf:	0f 1f 00             	nopl   \(%eax\)
  c2:	8c db                	mov    %ds,%ebx
  c4:	eb 0a                	jmp    0xd0
  c6:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  cd:	0f 1f 00             	nopl   \(%eax\)
  d0:	66 8c db             	mov    %ds,%bx
  d3:	eb 09                	jmp    0xde
  d5:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  dc:	66 90                	xchg   %ax,%ax
  de:	eb 0a                	jmp    0xea
  e0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  e7:	0f 1f 00             	nopl   \(%eax\)
  ea:	8e d0                	mov    %eax,%ss
  ec:	eb 0a                	jmp    0xf8
  ee:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  f5:	0f 1f 00             	nopl   \(%eax\)
  f8:	8e d0                	mov    %eax,%ss
  fa:	eb 0a                	jmp    0x106
  fc:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 103:	0f 1f 00             	nopl   \(%eax\)
 106:	8e d0                	mov    %eax,%ss
 108:	eb 0a                	jmp    0x114
 10a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 111:	0f 1f 00             	nopl   \(%eax\)
 114:	8e 55 08             	mov    0x8\(%ebp\),%ss
 117:	8e d8                	mov    %eax,%ds
 119:	eb 0a                	jmp    0x125
 11b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 122:	0f 1f 00             	nopl   \(%eax\)
 125:	8e d8                	mov    %eax,%ds
 127:	eb 0a                	jmp    0x133
 129:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 130:	0f 1f 00             	nopl   \(%eax\)
 133:	8e d8                	mov    %eax,%ds
 135:	eb 0a                	jmp    0x141
 137:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
 13e:	0f 1f 00             	nopl   \(%eax\)
