# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: interrupt-return (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	cf                   	iret
   1:	66 90                	xchg   %ax,%ax
   3:	66 90                	xchg   %ax,%ax
   5:	cf                   	iret
   6:	66 90                	xchg   %ax,%ax
   8:	66 90                	xchg   %ax,%ax
   a:	66 cf                	iretw
   c:	66 90                	xchg   %ax,%ax
   e:	90                   	nop
