# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: far-transfer (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	ea 78 56 34 12 10 00 	ljmp   \$0x10,\$0x12345678
   7:	eb 07                	jmp    0x10
   9:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  10:	ea 78 56 34 12 10 00 	ljmp   \$0x10,\$0x12345678
  17:	eb 07                	jmp    0x20
  19:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  20:	66 ea 10 00 10 00    	ljmpw  \$0x10,\$0x10
  26:	eb 08                	jmp    0x30
  28:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  2f:	90                   	nop
  30:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  33:	eb 06                	jmp    0x3b
  35:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  3b:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  3f:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  46:	ff 6b 04             	ljmp   \*0x4\(%ebx\)
  49:	eb 06                	jmp    0x51
  4b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  51:	ff 6c 73 04          	ljmp   \*0x4\(%ebx,%esi,2\)
  55:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  5c:	66 ff 6b 04          	ljmpw  \*0x4\(%ebx\)
  60:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  67:	66 ff 6c 73 04       	ljmpw  \*0x4\(%ebx,%esi,2\)
  6c:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  72:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  79:	eb 06                	jmp    0x81
  7b:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  81:	9a 78 56 34 12 10 00 	lcall  \$0x10,\$0x12345678
  88:	eb 06                	jmp    0x90
  8a:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  90:	66 9a 10 00 10 00    	lcallw \$0x10,\$0x10
  96:	eb 07                	jmp    0x9f
  98:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  9f:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  a2:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  a9:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  ad:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  b3:	ff 5b 04             	lcall  \*0x4\(%ebx\)
  b6:	66 66 2e 0f 1f 40 00 	data16 nopw %cs:0x0\(%eax\)
  bd:	ff 5c 73 04          	lcall  \*0x4\(%ebx,%esi,2\)
  c1:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  c7:	66 ff 5b 04          	lcallw \*0x4\(%ebx\)
  cb:	66 2e 0f 1f 40 00    	nopw   %cs:0x0\(%eax\)
  d1:	66 ff 5c 73 04       	lcallw \*0x4\(%ebx,%esi,2\)
  d6:	66 0f 1f 40 00       	nopw   0x0\(%eax\)
  db:	cb                   	lret
  dc:	0f 1f 40 00          	nopl   0x0\(%eax\)
  e0:	cb                   	lret
  e1:	0f 1f 40 00          	nopl   0x0\(%eax\)
  e5:	cb                   	lret
  e6:	0f 1f 40 00          	nopl   0x0\(%eax\)
  ea:	cb                   	lret
  eb:	0f 1f 40 00          	nopl   0x0\(%eax\)
  ef:	66 cb                	lretw
  f1:	0f 1f 00             	nopl   \(%eax\)
  f4:	66 cb                	lretw
  f6:	0f 1f 00             	nopl   \(%eax\)
  f9:	ca 10 00             	lret   \$0x10
  fc:	0f 1f 40 00          	nopl   0x0\(%eax\)
 100:	ca 10 00             	lret   \$0x10
 103:	0f 1f 40 00          	nopl   0x0\(%eax\)
 107:	ca 10 00             	lret   \$0x10
 10a:	0f 1f 40 00          	nopl   0x0\(%eax\)
 10e:	ca 10 00             	lret   \$0x10
 111:	0f 1f 40 00          	nopl   0x0\(%eax\)
 115:	66 ca 10 00          	lretw  \$0x10
 119:	0f 1f 00             	nopl   \(%eax\)
 11c:	66 ca 10 00          	lretw  \$0x10
 120:	0f 1f 00             	nopl   \(%eax\)
