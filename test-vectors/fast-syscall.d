# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: fast-syscall (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 34                	sysenter
   2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   9:	90                   	nop
   a:	0f 35                	sysexit
   c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  13:	90                   	nop
  14:	0f 05                	syscall
  16:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1d:	90                   	nop
  1e:	0f 07                	sysret
  20:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  27:	90                   	nop
  28:	0f 07                	sysret
  2a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  31:	90                   	nop
