# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: far-transfer (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	ea 78 56 34 12 10 00 	ljmp   \$0x10,\$0x12345678
   7:	66 90                	xchg   %ax,%ax
   9:	66 90                	xchg   %ax,%ax
   b:	66 90                	xchg   %ax,%ax
   d:	66 90                	xchg   %ax,%ax
   f:	90                   	nop
  10:	ea 78 56 34 12 10 00 	ljmp   \$0x10,\$0x12345678
  17:	66 90                	xchg   %ax,%ax
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	66 90                	xchg   %ax,%ax
  1f:	90                   	nop
  20:	66 ea 10 00 10 00    	ljmpw  \$0x10,\$0x10
  26:	66 90                	xchg   %ax,%ax
  28:	66 90                	xchg   %ax,%ax
  2a:	66 90                	xchg   %ax,%ax
  2c:	66 90                	xchg   %ax,%ax
  2e:	66 90                	xchg   %ax,%ax
  30:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  33:	66 90                	xchg   %ax,%ax
  35:	66 90                	xchg   %ax,%ax
  37:	66 90                	xchg   %ax,%ax
  39:	66 90                	xchg   %ax,%ax
  3b:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  3f:	66 90                	xchg   %ax,%ax
  41:	66 90                	xchg   %ax,%ax
  43:	66 90                	xchg   %ax,%ax
  45:	90                   	nop
  46:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  49:	66 90                	xchg   %ax,%ax
  4b:	66 90                	xchg   %ax,%ax
  4d:	66 90                	xchg   %ax,%ax
  4f:	66 90                	xchg   %ax,%ax
  51:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  55:	66 90                	xchg   %ax,%ax
  57:	66 90                	xchg   %ax,%ax
  59:	66 90                	xchg   %ax,%ax
  5b:	90                   	nop
  5c:	66 ff 6b 04          	ljmpw  \*0x4\(%ebx\)
  60:	66 90                	xchg   %ax,%ax
  62:	66 90                	xchg   %ax,%ax
  64:	66 90                	xchg   %ax,%ax
  66:	90                   	nop
  67:	66 ff 6c 73 04       	ljmpw  \*0x4\(%ebx,%esi,2\)
  6c:	66 90                	xchg   %ax,%ax
  6e:	66 90                	xchg   %ax,%ax
  70:	66 90                	xchg   %ax,%ax
  72:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  79:	66 90                	xchg   %ax,%ax
  7b:	66 90                	xchg   %ax,%ax
  7d:	66 90                	xchg   %ax,%ax
  7f:	66 90                	xchg   %ax,%ax
  81:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  88:	66 90                	xchg   %ax,%ax
  8a:	66 90                	xchg   %ax,%ax
  8c:	66 90                	xchg   %ax,%ax
  8e:	66 90                	xchg   %ax,%ax
  90:	66 9a 10 00 10 00    	lcallw \$0x10,\$0x10
  96:	66 90                	xchg   %ax,%ax
  98:	66 90                	xchg   %ax,%ax
  9a:	66 90                	xchg   %ax,%ax
  9c:	66 90                	xchg   %ax,%ax
  9e:	90                   	nop
  9f:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  a2:	66 90                	xchg   %ax,%ax
  a4:	66 90                	xchg   %ax,%ax
  a6:	66 90                	xchg   %ax,%ax
  a8:	90                   	nop
  a9:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  ad:	66 90                	xchg   %ax,%ax
  af:	66 90                	xchg   %ax,%ax
  b1:	66 90                	xchg   %ax,%ax
  b3:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  b6:	66 90                	xchg   %ax,%ax
  b8:	66 90                	xchg   %ax,%ax
  ba:	66 90                	xchg   %ax,%ax
  bc:	90                   	nop
  bd:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  c1:	66 90                	xchg   %ax,%ax
  c3:	66 90                	xchg   %ax,%ax
  c5:	66 90                	xchg   %ax,%ax
  c7:	66 ff 5b 04          	lcallw \*0x4\(%ebx\)
  cb:	66 90                	xchg   %ax,%ax
  cd:	66 90                	xchg   %ax,%ax
  cf:	66 90                	xchg   %ax,%ax
  d1:	66 ff 5c 73 04       	lcallw \*0x4\(%ebx,%esi,2\)
  d6:	66 90                	xchg   %ax,%ax
  d8:	66 90                	xchg   %ax,%ax
  da:	90                   	nop
  db:	cb                   	lret
  dc:	66 90                	xchg   %ax,%ax
  de:	66 90                	xchg   %ax,%ax
  e0:	cb                   	lret
  e1:	66 90                	xchg   %ax,%ax
  e3:	66 90                	xchg   %ax,%ax
  e5:	cb                   	lret
  e6:	66 90                	xchg   %ax,%ax
  e8:	66 90                	xchg   %ax,%ax
  ea:	cb                   	lret
  eb:	66 90                	xchg   %ax,%ax
  ed:	66 90                	xchg   %ax,%ax
  ef:	66 cb                	lretw
  f1:	66 90                	xchg   %ax,%ax
  f3:	90                   	nop
  f4:	66 cb                	lretw
  f6:	66 90                	xchg   %ax,%ax
  f8:	90                   	nop
  f9:	ca 10 00             	lret   \$0x10
  fc:	66 90                	xchg   %ax,%ax
  fe:	66 90                	xchg   %ax,%ax
 100:	ca 10 00             	lret   \$0x10
 103:	66 90                	xchg   %ax,%ax
 105:	66 90                	xchg   %ax,%ax
 107:	ca 10 00             	lret   \$0x10
 10a:	66 90                	xchg   %ax,%ax
 10c:	66 90                	xchg   %ax,%ax
 10e:	ca 10 00             	lret   \$0x10
 111:	66 90                	xchg   %ax,%ax
 113:	66 90                	xchg   %ax,%ax
 115:	66 ca 10 00          	lretw  \$0x10
 119:	66 90                	xchg   %ax,%ax
 11b:	90                   	nop
 11c:	66 ca 10 00          	lretw  \$0x10
 120:	66 90                	xchg   %ax,%ax
 122:	90                   	nop
