# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: string-io (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	6c                   	insb   \(%dx\),%es:\(%edi\)
   1:	eb 0b                	jmp    0xe
   3:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
   a:	0f 1f 40 00          	nopl   0x0\(%eax\)
   e:	6c                   	insb   \(%dx\),%es:\(%edi\)
   f:	eb 0b                	jmp    0x1c
  11:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  18:	0f 1f 40 00          	nopl   0x0\(%eax\)
  1c:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  1e:	eb 0a                	jmp    0x2a
  20:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  27:	0f 1f 00             	nopl   \(%eax\)
  2a:	66 6d                	insw   \(%dx\),%es:\(%edi\)
  2c:	eb 0a                	jmp    0x38
  2e:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  35:	0f 1f 00             	nopl   \(%eax\)
  38:	6d                   	insl   \(%dx\),%es:\(%edi\)
  39:	eb 0b                	jmp    0x46
  3b:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  42:	0f 1f 40 00          	nopl   0x0\(%eax\)
  46:	6d                   	insl   \(%dx\),%es:\(%edi\)
  47:	eb 0b                	jmp    0x54
  49:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  50:	0f 1f 40 00          	nopl   0x0\(%eax\)
  54:	6d                   	insl   \(%dx\),%es:\(%edi\)
  55:	eb 0b                	jmp    0x62
  57:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  5e:	0f 1f 40 00          	nopl   0x0\(%eax\)
  62:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  63:	eb 0e                	jmp    0x73
  65:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  6c:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  73:	6e                   	outsb  %ds:\(%esi\),\(%dx\)
  74:	eb 0e                	jmp    0x84
  76:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  7d:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  84:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  86:	eb 0d                	jmp    0x95
  88:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  8f:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  95:	66 6f                	outsw  %ds:\(%esi\),\(%dx\)
  97:	eb 0d                	jmp    0xa6
  99:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a0:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  a6:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  a7:	eb 0e                	jmp    0xb7
  a9:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b0:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  b7:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  b8:	eb 0e                	jmp    0xc8
  ba:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c1:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  c8:	6f                   	outsl  %ds:\(%esi\),\(%dx\)
  c9:	eb 0e                	jmp    0xd9
  cb:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  d2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
