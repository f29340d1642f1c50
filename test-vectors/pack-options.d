# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: pack-options (.text)
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
  20:	0f 22 d8             	mov    %eax,%cr3
  23:	eb 0a                	jmp    0x2f
  25:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2c:	0f 1f 00             	nopl   \(%eax\)
  2f:	0f 22 d8             	mov    %eax,%cr3
  32:	eb 0a                	jmp    0x3e
  34:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  3b:	0f 1f 00             	nopl   \(%eax\)
  3e:	1e                   	push   %ds
  3f:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  44:	1e                   	push   %ds
  45:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  4a:	8e d8                	mov    %eax,%ds
  4c:	eb 0a                	jmp    0x58
  4e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  55:	0f 1f 00             	nopl   \(%eax\)
  58:	89 c3                	mov    %eax,%ebx
