# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: flags-register (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	9c                   	pushf
   1:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
   6:	9c                   	pushf
   7:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
   c:	66 9c                	pushfw
   e:	0f 1f 40 00          	nopl   0x0\(%eax\)
  12:	9d                   	popf
  13:	eb 13                	jmp    0x28
  15:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  1c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  23:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  28:	9d                   	popf
  29:	eb 13                	jmp    0x3e
  2b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  32:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  39:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  3e:	66 9d                	popfw
  40:	eb 12                	jmp    0x54
  42:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  49:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  50:	0f 1f 40 00          	nopl   0x0\(%eax\)
