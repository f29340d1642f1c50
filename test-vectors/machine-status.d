# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: machine-status (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	66 0f 01 e0          	smsw   %ax
   4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   b:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  10:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  16:	0f 01 e0             	smsw   %eax
  19:	eb 06                	jmp    0x21
  1b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  21:	66 0f 01 e0          	smsw   %ax
  25:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2c:	0f 01 64 73 04       	smsw   0x4\(%ebx,%esi,2\)
  31:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  37:	0f 01 f0             	lmsw   %ax
  3a:	eb 06                	jmp    0x42
  3c:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  42:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  47:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  4d:	0f 01 f0             	lmsw   %ax
  50:	eb 06                	jmp    0x58
  52:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  58:	0f 01 74 73 04       	lmsw   0x4\(%ebx,%esi,2\)
  5d:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  63:	0f 06                	clts
  65:	eb 0c                	jmp    0x73
  67:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  6e:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
