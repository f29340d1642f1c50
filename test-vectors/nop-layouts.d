# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: nop-layouts (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 01 10             	lgdtl  \(%eax\)
   3:	eb 07                	jmp    0xc
   5:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   c:	0f 01 50 04          	lgdtl  0x4\(%eax\)
  10:	eb 06                	jmp    0x18
  12:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  18:	0f 01 54 24 04       	lgdtl  0x4\(%esp\)
  1d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  24:	64 0f 01 54 24 04    	lgdtl  %fs:0x4\(%esp\)
  2a:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  30:	0f 01 90 00 10 00 00 	lgdtl  0x1000\(%eax\)
  37:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  3c:	0f 01 94 24 00 10 00 	lgdtl  0x1000\(%esp\)
  43:	00 
  44:	0f 1f 40 00          	nopl   0x0\(%eax\)
  48:	64 0f 01 94 24 00 10 	lgdtl  %fs:0x1000\(%esp\)
  4f:	00 00 
  51:	0f 1f 00             	nopl   \(%eax\)
  54:	64 66 0f 01 94 24 00 	lgdtw  %fs:0x1000\(%esp\)
  5b:	10 00 00 
  5e:	66 90                	xchg   %ax,%ax
  60:	64 66 0f 01 94 44 00 	lgdtw  %fs:0x1000\(%esp,%eax,2\)
  67:	10 00 00 
  6a:	66 90                	xchg   %ax,%ax
  6c:	c3                   	ret
