# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: special-mov (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f 20 db             	mov    %cr3,%ebx
   3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   a:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
   e:	90                   	nop
   f:	0f 20 db             	mov    %cr3,%ebx
  12:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  19:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  1d:	90                   	nop
  1e:	0f 22 d8             	mov    %eax,%cr3
  21:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  28:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  2c:	90                   	nop
  2d:	0f 22 d8             	mov    %eax,%cr3
  30:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  37:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  3b:	90                   	nop
  3c:	0f 21 fb             	mov    %db7,%ebx
  3f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  46:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  4a:	90                   	nop
  4b:	0f 21 fb             	mov    %db7,%ebx
  4e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  55:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  59:	90                   	nop
  5a:	0f 23 f8             	mov    %eax,%db7
  5d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  64:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  68:	90                   	nop
  69:	0f 23 f8             	mov    %eax,%db7
  6c:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  73:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  77:	90                   	nop
  78:	0f 24 f3             	mov    %tr6,%ebx
  7b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  82:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  86:	90                   	nop
  87:	0f 24 f3             	mov    %tr6,%ebx
  8a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  91:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  95:	90                   	nop
  96:	0f 26 f0             	mov    %eax,%tr6
  99:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a0:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  a4:	90                   	nop
  a5:	0f 26 f0             	mov    %eax,%tr6
  a8:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  af:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  b3:	90                   	nop
  b4:	8c db                	mov    %ds,%ebx
  b6:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  bd:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  c1:	90                   	nop
  c2:	8c db                	mov    %ds,%ebx
  c4:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  cb:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  cf:	90                   	nop
  d0:	66 8c db             	mov    %ds,%bx
  d3:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  da:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  de:	8e d8                	mov    %eax,%ds
  e0:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  e7:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  eb:	90                   	nop
  ec:	8e d8                	mov    %eax,%ds
  ee:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  f5:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  f9:	90                   	nop
  fa:	8e d8                	mov    %eax,%ds
  fc:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
 103:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 107:	90                   	nop
