# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: cache-tlb (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 08                	invd
   2:	eb 06                	jmp    0xa
   4:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
   a:	0f 09                	wbinvd
   c:	eb 06                	jmp    0x14
   e:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  14:	f3 0f 09             	wbnoinvd
  17:	eb 06                	jmp    0x1f
  19:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  1f:	0f 01 7b 04          	invlpg 0x4\(%ebx\)
  23:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  28:	0f 01 7c 73 04       	invlpg 0x4\(%ebx,%esi,2\)
  2d:	0f 1f 40 00          	nopl   0x0\(%eax\)
  31:	66 0f 38 82 5b 04    	invpcid 0x4\(%ebx\),%ebx
  37:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
