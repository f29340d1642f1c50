# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: interrupt-flag (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	fa                   	cli
   1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   8:	eb 15                	jmp    0x1f
   a:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  11:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  18:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1f:	fb                   	sti
