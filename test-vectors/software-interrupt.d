# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: software-interrupt (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	cd 60                	int    \$0x60
   2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   9:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   d:	cc                   	int3
   e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  15:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  19:	ce                   	into
  1a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  21:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
