# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: interrupt-return (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	cf                   	iret
   1:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   5:	cf                   	iret
   6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   a:	66 cf                	iretw
   c:	8d 76 00             	lea    0x0\(%esi\),%esi
