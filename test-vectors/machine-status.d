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
   4:	66 90                	xchg   %ax,%ax
   6:	66 90                	xchg   %ax,%ax
   8:	66 90                	xchg   %ax,%ax
   a:	90                   	nop
   b:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  10:	66 90                	xchg   %ax,%ax
  12:	66 90                	xchg   %ax,%ax
  14:	66 90                	xchg   %ax,%ax
  16:	0f 01 e0             	smsw   %eax
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	66 90                	xchg   %ax,%ax
  1f:	66 90                	xchg   %ax,%ax
  21:	66 0f 01 e0          	smsw   %ax
  25:	66 90                	xchg   %ax,%ax
  27:	66 90                	xchg   %ax,%ax
  29:	66 90                	xchg   %ax,%ax
  2b:	90                   	nop
  2c:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  31:	66 90                	xchg   %ax,%ax
  33:	66 90                	xchg   %ax,%ax
  35:	66 90                	xchg   %ax,%ax
  37:	0f 01 f0             	lmsw   %ax
  3a:	66 90                	xchg   %ax,%ax
  3c:	66 90                	xchg   %ax,%ax
  3e:	66 90                	xchg   %ax,%ax
  40:	66 90                	xchg   %ax,%ax
  42:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	66 90                	xchg   %ax,%ax
  4d:	0f 01 f0             	lmsw   %ax
  50:	66 90                	xchg   %ax,%ax
  52:	66 90                	xchg   %ax,%ax
  54:	66 90                	xchg   %ax,%ax
  56:	66 90                	xchg   %ax,%ax
  58:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
  61:	66 90                	xchg   %ax,%ax
  63:	0f 06                	clts
  65:	66 90                	xchg   %ax,%ax
  67:	66 90                	xchg   %ax,%ax
  69:	66 90                	xchg   %ax,%ax
  6b:	66 90                	xchg   %ax,%ax
  6d:	66 90                	xchg   %ax,%ax
  6f:	66 90                	xchg   %ax,%ax
  71:	66 90                	xchg   %ax,%ax
