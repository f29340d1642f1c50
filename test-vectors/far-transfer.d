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
  3b:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  3f:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  46:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  49:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  50:	90                   	nop
  51:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  55:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  5c:	66 ff 6b 04          	ljmpw  \*0x4\(%ebx\)
  60:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  67:	66 ff 6c 73 04       	ljmpw  \*0x4\(%ebx,%esi,2\)
  6c:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  72:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  79:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  80:	90                   	nop
  81:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  88:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  8f:	90                   	nop
  90:	66 9a 10 00 10 00    	lcallw \$0x10,\$0x10
  96:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  9d:	66 90                	xchg   %ax,%ax
  9f:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  a2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  a9:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  ad:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  b3:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  b6:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  bd:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  c1:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  c7:	66 ff 5b 04          	lcallw \*0x4\(%ebx\)
  cb:	8d b6 00 00 00 00    	lea    0x0\(%esi\),%esi
  d1:	66 ff 5c 73 04       	lcallw \*0x4\(%ebx,%esi,2\)
  d6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  da:	90                   	nop
  db:	cb                   	lret
  dc:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  e0:	cb                   	lret
  e1:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  e5:	cb                   	lret
  e6:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ea:	cb                   	lret
  eb:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
  ef:	66 cb                	lretw
  f1:	8d 76 00             	lea    0x0\(%esi\),%esi
  f4:	66 cb                	lretw
  f6:	8d 76 00             	lea    0x0\(%esi\),%esi
  f9:	ca 10 00             	lret   \$0x10
  fc:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 100:	ca 10 00             	lret   \$0x10
 103:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 107:	ca 10 00             	lret   \$0x10
 10a:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 10e:	ca 10 00             	lret   \$0x10
 111:	8d 74 26 00          	lea    0x0\(%esi,%eiz,1\),%esi
 115:	66 ca 10 00          	lretw  \$0x10
 119:	8d 76 00             	lea    0x0\(%esi\),%esi
 11c:	66 ca 10 00          	lretw  \$0x10
 120:	8d 76 00             	lea    0x0\(%esi\),%esi
