# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: counters-msr (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 32                	rdmsr
   2:	eb 06                	jmp    0xa
   4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   a:	0f 30                	wrmsr
   c:	eb 06                	jmp    0x14
   e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  14:	0f 33                	rdpmc
  16:	eb 06                	jmp    0x1e
  18:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  1e:	0f 31                	rdtsc
  20:	eb 06                	jmp    0x28
  22:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  28:	0f 01 f9             	rdtscp
  2b:	eb 06                	jmp    0x33
  2d:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
