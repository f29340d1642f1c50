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
   1:	66 90                	xchg   %ax,%ax
   3:	66 90                	xchg   %ax,%ax
   5:	66 90                	xchg   %ax,%ax
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	66 90                	xchg   %ax,%ax
   d:	90                   	nop
   e:	6c                   	insb   \(%dx\),%es:\(%edi\)
   f:	66 90                	xchg   %ax,%ax
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	66 90                	xchg   %ax,%ax
  17:	66 90                	xchg   %ax,%ax
  19:	66 90                	xchg   %ax,%ax
  1b:	90                   	nop
  1c:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  1e:	66 90                	xchg   %ax,%ax
  20:	66 90                	xchg   %ax,%ax
  22:	66 90                	xchg   %ax,%ax
  24:	66 90                	xchg   %ax,%ax
  26:	66 90                	xchg   %ax,%ax
  28:	66 90                	xchg   %ax,%ax
  2a:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  2c:	66 90                	xchg   %ax,%ax
  2e:	66 90                	xchg   %ax,%ax
  30:	66 90                	xchg   %ax,%ax
  32:	66 90                	xchg   %ax,%ax
  34:	66 90                	xchg   %ax,%ax
  36:	66 90                	xchg   %ax,%ax
  38:	6d                   	insl   \(%dx\),%es:\(%edi\)
  39:	66 90                	xchg   %ax,%ax
  3b:	66 90                	xchg   %ax,%ax
  3d:	66 90                	xchg   %ax,%ax
  3f:	66 90                	xchg   %ax,%ax
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	90                   	nop
  46:	6d                   	insl   \(%dx\),%es:\(%edi\)
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	66 90                	xchg   %ax,%ax
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	66 90                	xchg   %ax,%ax
  53:	90                   	nop
  54:	6d                   	insl   \(%dx\),%es:\(%edi\)
  55:	66 90                	xchg   %ax,%ax
  57:	66 90                	xchg   %ax,%ax
  59:	66 90                	xchg   %ax,%ax
  5b:	66 90                	xchg   %ax,%ax
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
  61:	90                   	nop
  62:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  63:	66 90                	xchg   %ax,%ax
  65:	66 90                	xchg   %ax,%ax
  67:	66 90                	xchg   %ax,%ax
  69:	66 90                	xchg   %ax,%ax
  6b:	66 90                	xchg   %ax,%ax
  6d:	66 90                	xchg   %ax,%ax
  6f:	66 90                	xchg   %ax,%ax
  71:	66 90                	xchg   %ax,%ax
  73:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  74:	66 90                	xchg   %ax,%ax
  76:	66 90                	xchg   %ax,%ax
  78:	66 90                	xchg   %ax,%ax
  7a:	66 90                	xchg   %ax,%ax
  7c:	66 90                	xchg   %ax,%ax
  7e:	66 90                	xchg   %ax,%ax
  80:	66 90                	xchg   %ax,%ax
  82:	66 90                	xchg   %ax,%ax
  84:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  86:	66 90                	xchg   %ax,%ax
  88:	66 90                	xchg   %ax,%ax
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	66 90                	xchg   %ax,%ax
  92:	66 90                	xchg   %ax,%ax
  94:	90                   	nop
  95:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  97:	66 90                	xchg   %ax,%ax
  99:	66 90                	xchg   %ax,%ax
  9b:	66 90                	xchg   %ax,%ax
  9d:	66 90                	xchg   %ax,%ax
  9f:	66 90                	xchg   %ax,%ax
  a1:	66 90                	xchg   %ax,%ax
  a3:	66 90                	xchg   %ax,%ax
  a5:	90                   	nop
  a6:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  a7:	66 90                	xchg   %ax,%ax
  a9:	66 90                	xchg   %ax,%ax
  ab:	66 90                	xchg   %ax,%ax
  ad:	66 90                	xchg   %ax,%ax
  af:	66 90                	xchg   %ax,%ax
  b1:	66 90                	xchg   %ax,%ax
  b3:	66 90                	xchg   %ax,%ax
  b5:	66 90                	xchg   %ax,%ax
  b7:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  b8:	66 90                	xchg   %ax,%ax
  ba:	66 90                	xchg   %ax,%ax
  bc:	66 90                	xchg   %ax,%ax
  be:	66 90                	xchg   %ax,%ax
  c0:	66 90                	xchg   %ax,%ax
  c2:	66 90                	xchg   %ax,%ax
  c4:	66 90                	xchg   %ax,%ax
  c6:	66 90                	xchg   %ax,%ax
  c8:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  c9:	66 90                	xchg   %ax,%ax
  cb:	66 90                	xchg   %ax,%ax
  cd:	66 90                	xchg   %ax,%ax
  cf:	66 90                	xchg   %ax,%ax
  d1:	66 90                	xchg   %ax,%ax
  d3:	66 90                	xchg   %ax,%ax
  d5:	66 90                	xchg   %ax,%ax
  d7:	66 90                	xchg   %ax,%ax
