# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: software-interrupt (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	cd 60                	int    \$0x60
   2:	eb 09                	jmp    0xd
   4:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   b:	66 90                	xchg   %ax,%ax
   d:	cc                   	int3
   e:	ce                   	into
   f:	f1                   	int1
  10:	cd 80                	int    \$0x80
  12:	eb 09                	jmp    0x1d
  14:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1b:	66 90                	xchg   %ax,%ax
