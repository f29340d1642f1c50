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
   3:	66 90                	xchg   %ax,%ax
   5:	66 90                	xchg   %ax,%ax
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	66 90                	xchg   %ax,%ax
   d:	66 90                	xchg   %ax,%ax
   f:	0f 20 db             	mov    %cr3,%ebx
  12:	66 90                	xchg   %ax,%ax
  14:	66 90                	xchg   %ax,%ax
  16:	66 90                	xchg   %ax,%ax
  18:	66 90                	xchg   %ax,%ax
  1a:	66 90                	xchg   %ax,%ax
  1c:	66 90                	xchg   %ax,%ax
  1e:	0f 22 d8             	mov    %eax,%cr3
  21:	66 90                	xchg   %ax,%ax
  23:	66 90                	xchg   %ax,%ax
  25:	66 90                	xchg   %ax,%ax
  27:	66 90                	xchg   %ax,%ax
  29:	66 90                	xchg   %ax,%ax
  2b:	66 90                	xchg   %ax,%ax
  2d:	0f 22 d8             	mov    %eax,%cr3
  30:	66 90                	xchg   %ax,%ax
  32:	66 90                	xchg   %ax,%ax
  34:	66 90                	xchg   %ax,%ax
  36:	66 90                	xchg   %ax,%ax
  38:	66 90                	xchg   %ax,%ax
  3a:	66 90                	xchg   %ax,%ax
  3c:	0f 21 fb             	mov    %db7,%ebx
  3f:	66 90                	xchg   %ax,%ax
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	66 90                	xchg   %ax,%ax
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	0f 21 fb             	mov    %db7,%ebx
  4e:	66 90                	xchg   %ax,%ax
  50:	66 90                	xchg   %ax,%ax
  52:	66 90                	xchg   %ax,%ax
  54:	66 90                	xchg   %ax,%ax
  56:	66 90                	xchg   %ax,%ax
  58:	66 90                	xchg   %ax,%ax
  5a:	0f 23 f8             	mov    %eax,%db7
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
  61:	66 90                	xchg   %ax,%ax
  63:	66 90                	xchg   %ax,%ax
  65:	66 90                	xchg   %ax,%ax
  67:	66 90                	xchg   %ax,%ax
  69:	0f 23 f8             	mov    %eax,%db7
  6c:	66 90                	xchg   %ax,%ax
  6e:	66 90                	xchg   %ax,%ax
  70:	66 90                	xchg   %ax,%ax
  72:	66 90                	xchg   %ax,%ax
  74:	66 90                	xchg   %ax,%ax
  76:	66 90                	xchg   %ax,%ax
  78:	0f 24 f3             	mov    %tr6,%ebx
  7b:	66 90                	xchg   %ax,%ax
  7d:	66 90                	xchg   %ax,%ax
  7f:	66 90                	xchg   %ax,%ax
  81:	66 90                	xchg   %ax,%ax
  83:	66 90                	xchg   %ax,%ax
  85:	66 90                	xchg   %ax,%ax
  87:	0f 24 f3             	mov    %tr6,%ebx
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	66 90                	xchg   %ax,%ax
  92:	66 90                	xchg   %ax,%ax
  94:	66 90                	xchg   %ax,%ax
  96:	0f 26 f0             	mov    %eax,%tr6
  99:	66 90                	xchg   %ax,%ax
  9b:	66 90                	xchg   %ax,%ax
  9d:	66 90                	xchg   %ax,%ax
  9f:	66 90                	xchg   %ax,%ax
  a1:	66 90                	xchg   %ax,%ax
  a3:	66 90                	xchg   %ax,%ax
  a5:	0f 26 f0             	mov    %eax,%tr6
  a8:	66 90                	xchg   %ax,%ax
  aa:	66 90                	xchg   %ax,%ax
  ac:	66 90                	xchg   %ax,%ax
  ae:	66 90                	xchg   %ax,%ax
  b0:	66 90                	xchg   %ax,%ax
  b2:	66 90                	xchg   %ax,%ax
  b4:	8c db                	mov    %ds,%ebx
  b6:	66 90                	xchg   %ax,%ax
  b8:	66 90                	xchg   %ax,%ax
  ba:	66 90                	xchg   %ax,%ax
  bc:	66 90                	xchg   %ax,%ax
  be:	66 90                	xchg   %ax,%ax
  c0:	66 90                	xchg   %ax,%ax
  c2:	8c db                	mov    %ds,%ebx
  c4:	66 90                	xchg   %ax,%ax
  c6:	66 90                	xchg   %ax,%ax
  c8:	66 90                	xchg   %ax,%ax
  ca:	66 90                	xchg   %ax,%ax
  cc:	66 90                	xchg   %ax,%ax
  ce:	66 90                	xchg   %ax,%ax
  d0:	66 8c db             	mov    %ds,%bx
  d3:	66 90                	xchg   %ax,%ax
  d5:	66 90                	xchg   %ax,%ax
  d7:	66 90                	xchg   %ax,%ax
  d9:	66 90                	xchg   %ax,%ax
  db:	66 90                	xchg   %ax,%ax
  dd:	90                   	nop
  de:	8e d8                	mov    %eax,%ds
  e0:	66 90                	xchg   %ax,%ax
  e2:	66 90                	xchg   %ax,%ax
  e4:	66 90                	xchg   %ax,%ax
  e6:	66 90                	xchg   %ax,%ax
  e8:	66 90                	xchg   %ax,%ax
  ea:	66 90                	xchg   %ax,%ax
  ec:	8e d8                	mov    %eax,%ds
  ee:	66 90                	xchg   %ax,%ax
  f0:	66 90                	xchg   %ax,%ax
  f2:	66 90                	xchg   %ax,%ax
  f4:	66 90                	xchg   %ax,%ax
  f6:	66 90                	xchg   %ax,%ax
  f8:	66 90                	xchg   %ax,%ax
  fa:	8e d8                	mov    %eax,%ds
  fc:	66 90                	xchg   %ax,%ax
  fe:	66 90                	xchg   %ax,%ax
 100:	66 90                	xchg   %ax,%ax
 102:	66 90                	xchg   %ax,%ax
 104:	66 90                	xchg   %ax,%ax
 106:	66 90                	xchg   %ax,%ax
