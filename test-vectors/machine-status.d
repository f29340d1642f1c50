# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: machine-status (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	66 0f 01 e0          	smsw   %ax
   4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   b:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  10:	0f 01 e0             	smsw   %eax
  13:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1a:	90                   	nop
  1b:	66 0f 01 e0          	smsw   %ax
  1f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  26:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  2b:	0f 01 f0             	lmsw   %ax
  2e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  35:	90                   	nop
  36:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  3b:	0f 01 f0             	lmsw   %ax
  3e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  45:	90                   	nop
  46:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  4b:	0f 06                	clts
  4d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  54:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
