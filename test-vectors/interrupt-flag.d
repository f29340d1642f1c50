# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: interrupt-flag (previrt.inc, .text)
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
