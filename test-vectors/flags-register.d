# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: flags-register (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	9c                   	pushf
   1:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   5:	90                   	nop
   6:	9c                   	pushf
   7:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   b:	90                   	nop
   c:	66 9c                	pushfw
   e:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  12:	9d                   	popf
  13:	eb 13                	jmp    0x28
  15:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  23:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  27:	90                   	nop
  28:	9d                   	popf
  29:	eb 13                	jmp    0x3e
  2b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  32:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  39:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  3d:	90                   	nop
  3e:	66 9d                	popfw
  40:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  47:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  4e:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
