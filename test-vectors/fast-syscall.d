# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: fast-syscall (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 34                	sysenter
   2:	eb 06                	jmp    0xa
   4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   a:	0f 35                	sysexit
   c:	eb 06                	jmp    0x14
   e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  14:	0f 05                	syscall
  16:	eb 06                	jmp    0x1e
  18:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  1e:	0f 07                	sysret
  20:	eb 06                	jmp    0x28
  22:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  28:	0f 07                	sysret
  2a:	eb 06                	jmp    0x32
  2c:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
