# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: processor-control (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f a2                	cpuid
   2:	eb 06                	jmp    0xa
   4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   a:	0f 01 d1             	xsetbv
   d:	eb 06                	jmp    0x15
   f:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  15:	0f aa                	rsm
  17:	eb 06                	jmp    0x1f
  19:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  1f:	0f 01 c8             	monitor %eax,%ecx,%edx
  22:	eb 06                	jmp    0x2a
  24:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  2a:	0f 01 c8             	monitor %eax,%ecx,%edx
  2d:	eb 06                	jmp    0x35
  2f:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  35:	0f 01 c9             	mwait  %eax,%ecx
  38:	eb 06                	jmp    0x40
  3a:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  40:	0f 01 c9             	mwait  %eax,%ecx
  43:	eb 06                	jmp    0x4b
  45:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  4b:	0f 01 ca             	clac
  4e:	eb 06                	jmp    0x56
  50:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  56:	0f 01 cb             	stac
  59:	eb 06                	jmp    0x61
  5b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
