# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: string-io (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	6c                   	insb   \(%dx\),%es:\(%edi\)
   1:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   8:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
   e:	6c                   	insb   \(%dx\),%es:\(%edi\)
   f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  16:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  1c:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  1e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  25:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  29:	90                   	nop
  2a:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  2c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  33:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  37:	90                   	nop
  38:	6d                   	insl   \(%dx\),%es:\(%edi\)
  39:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  40:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  46:	6d                   	insl   \(%dx\),%es:\(%edi\)
  47:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  4e:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  54:	6d                   	insl   \(%dx\),%es:\(%edi\)
  55:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  5c:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  62:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  63:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  71:	66 90                	xchg   %ax,%ax
  73:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  74:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  82:	66 90                	xchg   %ax,%ax
  84:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  86:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  8d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  94:	90                   	nop
  95:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  97:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a5:	90                   	nop
  a6:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  a7:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  ae:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  b5:	66 90                	xchg   %ax,%ax
  b7:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  b8:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  bf:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  c6:	66 90                	xchg   %ax,%ax
  c8:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  c9:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  d7:	66 90                	xchg   %ax,%ax
