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
   7:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   e:	66 90                	xchg   %ax,%ax
  10:	ea 78 56 34 12 10 00 	ljmp   \$0x10,\$0x12345678
  17:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1e:	66 90                	xchg   %ax,%ax
  20:	66 ea 10 00 10 00    	ljmpw  \$0x10,\$0x10
  26:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  2d:	8d 76 00             	lea    0x0\(%esi\),%esi
  30:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  33:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  3a:	90                   	nop
  3b:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  3e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  45:	90                   	nop
  46:	66 ff 6b 04          	ljmpw  \*0x4\(%ebx\)
  4a:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  51:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  58:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  5f:	90                   	nop
  60:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  67:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  6e:	90                   	nop
  6f:	66 9a 10 00 10 00    	lcallw \$0x10,\$0x10
  75:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  7c:	66 90                	xchg   %ax,%ax
  7e:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  81:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  88:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  8b:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  92:	66 ff 5b 04          	lcallw \*0x4\(%ebx\)
  96:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  9c:	cb                   	lret
  9d:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  a1:	cb                   	lret
  a2:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  a6:	cb                   	lret
  a7:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ab:	cb                   	lret
  ac:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  b0:	66 cb                	lretw
  b2:	8d 76 00             	lea    0x0\(%esi\),%esi
  b5:	66 cb                	lretw
  b7:	8d 76 00             	lea    0x0\(%esi\),%esi
  ba:	ca 10 00             	lret   \$0x10
  bd:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  c1:	ca 10 00             	lret   \$0x10
  c4:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  c8:	ca 10 00             	lret   \$0x10
  cb:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  cf:	ca 10 00             	lret   \$0x10
  d2:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  d6:	66 ca 10 00          	lretw  \$0x10
  da:	8d 76 00             	lea    0x0\(%esi\),%esi
  dd:	66 ca 10 00          	lretw  \$0x10
  e1:	8d 76 00             	lea    0x0\(%esi\),%esi
