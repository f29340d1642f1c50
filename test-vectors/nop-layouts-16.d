# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: nop-layouts-16 (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -M i8086 -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 01 17             	lgdtw  \(%bx\)
   3:	eb 07                	jmp    0xc
   5:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
   c:	0f 01 57 04          	lgdtw  0x4\(%bx\)
  10:	eb 06                	jmp    0x18
  12:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  18:	0f 01 97 00 01       	lgdtw  0x100\(%bx\)
  1d:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  24:	64 0f 01 97 00 01    	lgdtw  %fs:0x100\(%bx\)
  2a:	66 2e 0f 1f 40 00    	nopl   %cs:0x0\(%bx,%si\)
  30:	64 66 0f 01 97 00 01 	lgdtl  %fs:0x100\(%bx\)
  37:	66 0f 1f 40 00       	nopl   0x0\(%bx,%si\)
  3c:	67 0f 01 50 04       	lgdtw  0x4\(%eax\)
  41:	66 66 2e 0f 1f 40 00 	data32 nopl %cs:0x0\(%bx,%si\)
  48:	67 0f 01 90 00 10 00 	lgdtw  0x1000\(%eax\)
  4f:	00 
  50:	0f 1f 40 00          	nopw   0x0\(%bx,%si\)
  54:	67 0f 01 94 24 00 10 	lgdtw  0x1000\(%esp\)
  5b:	00 00 
  5d:	0f 1f 00             	nopw   \(%bx,%si\)
  60:	64 67 0f 01 94 24 00 	lgdtw  %fs:0x1000\(%esp\)
  67:	10 00 00 
  6a:	66 90                	xchg   %eax,%eax
  6c:	64 67 66 0f 01 94 44 	lgdtl  %fs:0x1000\(%esp,%eax,2\)
  73:	00 10 00 00 
  77:	90                   	nop
  78:	c3                   	ret
