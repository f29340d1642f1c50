# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: pack-options (.text)
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
  20:	0f 22 d8             	mov    %eax,%cr3
  23:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2a:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  2e:	90                   	nop
  2f:	0f 22 d8             	mov    %eax,%cr3
  32:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  39:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  3d:	90                   	nop
  3e:	1e                   	push   %ds
  3f:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  43:	90                   	nop
  44:	1e                   	push   %ds
  45:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  49:	90                   	nop
  4a:	8e d8                	mov    %eax,%ds
  4c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  53:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  57:	90                   	nop
  58:	89 c3                	mov    %eax,%ebx
