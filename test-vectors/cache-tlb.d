# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: cache-tlb (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 08                	invd
   2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   9:	90                   	nop
   a:	0f 09                	wbinvd
   c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  13:	90                   	nop
  14:	f3 0f 09             	wbnoinvd
  17:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1e:	90                   	nop
  1f:	0f 01 7b 04          	invlpg 0x4\(%ebx\)
  23:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  27:	90                   	nop
  28:	0f 01 7c 73 04       	invlpg 0x4\(%ebx,%esi,2\)
  2d:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  31:	66 0f 38 82 5b 04    	invpcid 0x4\(%ebx\),%ebx
  37:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
