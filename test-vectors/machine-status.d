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
  10:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  16:	0f 01 e0             	smsw   %eax
  19:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  20:	90                   	nop
  21:	66 0f 01 e0          	smsw   %ax
  25:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2c:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  31:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  37:	0f 01 f0             	lmsw   %ax
  3a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  41:	90                   	nop
  42:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  47:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  4d:	0f 01 f0             	lmsw   %ax
  50:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  57:	90                   	nop
  58:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  5d:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  63:	0f 06                	clts
  65:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
