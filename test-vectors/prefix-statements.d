# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: prefix-statements (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
   2:	eb 0e                	jmp    0x12
   4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  12:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  14:	eb 0b                	jmp    0x21
  16:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1d:	0f 1f 40 00          	nopl   0x0\(%eax\)
  21:	f3 66 6f             	rep outsw %ds:\(%esi\),\(%dx\)
  24:	eb 0d                	jmp    0x33
  26:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2d:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  33:	3e fa                	ds cli
  35:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  3c:	f0 f3 6d             	lock rep insl \(%dx\),%es:\(%edi\)
  3f:	eb 0b                	jmp    0x4c
  41:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  48:	0f 1f 40 00          	nopl   0x0\(%eax\)
  4c:	f3 a5                	rep movsl %ds:\(%esi\),%es:\(%edi\)
  4e:	cc                   	int3
  4f:	c3                   	ret
