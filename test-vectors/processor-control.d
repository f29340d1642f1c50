# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: processor-control (previrt.inc, .text)
#as: --32
#pack: previrt.inc
#objdump: -d -j .text

.*: +file format elf32-i386
Disassembly of section \.text:
00000000 <\.text>:
   0:	0f a2                	cpuid
   2:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
   9:	90                   	nop
   a:	0f 01 d1             	xsetbv
   d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  14:	90                   	nop
  15:	0f aa                	rsm
  17:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  1e:	90                   	nop
  1f:	0f 01 c8             	monitor %eax,%ecx,%edx
  22:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  29:	90                   	nop
  2a:	0f 01 c8             	monitor %eax,%ecx,%edx
  2d:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  34:	90                   	nop
  35:	0f 01 c9             	mwait  %eax,%ecx
  38:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  3f:	90                   	nop
  40:	0f 01 c9             	mwait  %eax,%ecx
  43:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  4a:	90                   	nop
  4b:	0f 01 ca             	clac
  4e:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  55:	90                   	nop
  56:	0f 01 cb             	stac
  59:	8d b4 26 00 00 00 00 	lea    0x0\(%esi,%eiz,1\),%esi
  60:	90                   	nop
