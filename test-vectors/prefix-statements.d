# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: prefix-statements (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	f3 6f                	rep outsl %ds:\(%esi\),\(%dx\)
   2:	eb 0d                	jmp    0x11
   4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  11:	f3 6c                	rep insb \(%dx\),%es:\(%edi\)
  13:	eb 0a                	jmp    0x1f
  15:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1c:	0f 1f 00             	nopl   \(%eax\)
  1f:	f3 66 6f             	rep outsw %ds:\(%esi\),\(%dx\)
  22:	eb 0c                	jmp    0x30
  24:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2b:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  30:	3e fa                	ds cli
  32:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  38:	f0 f3 6d             	lock rep insl \(%dx\),%es:\(%edi\)
  3b:	eb 09                	jmp    0x46
  3d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  44:	66 90                	xchg   %ax,%ax
  46:	f3 a5                	rep movsl %ds:\(%esi\),%es:\(%edi\)
  48:	cc                   	int3
  49:	66 17                	popw   %ss
  4b:	3e fb                	ds sti
  4d:	c3                   	ret
