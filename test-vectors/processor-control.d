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
   2:	66 90                	xchg   %ax,%ax
   4:	66 90                	xchg   %ax,%ax
   6:	66 90                	xchg   %ax,%ax
   8:	66 90                	xchg   %ax,%ax
   a:	0f 01 d1             	xsetbv
   d:	66 90                	xchg   %ax,%ax
   f:	66 90                	xchg   %ax,%ax
  11:	66 90                	xchg   %ax,%ax
  13:	66 90                	xchg   %ax,%ax
  15:	0f aa                	rsm
  17:	66 90                	xchg   %ax,%ax
  19:	66 90                	xchg   %ax,%ax
  1b:	66 90                	xchg   %ax,%ax
  1d:	66 90                	xchg   %ax,%ax
  1f:	0f 01 c8             	monitor %eax,%ecx,%edx
  22:	66 90                	xchg   %ax,%ax
  24:	66 90                	xchg   %ax,%ax
  26:	66 90                	xchg   %ax,%ax
  28:	66 90                	xchg   %ax,%ax
  2a:	0f 01 c8             	monitor %eax,%ecx,%edx
  2d:	66 90                	xchg   %ax,%ax
  2f:	66 90                	xchg   %ax,%ax
  31:	66 90                	xchg   %ax,%ax
  33:	66 90                	xchg   %ax,%ax
  35:	0f 01 c9             	mwait  %eax,%ecx
  38:	66 90                	xchg   %ax,%ax
  3a:	66 90                	xchg   %ax,%ax
  3c:	66 90                	xchg   %ax,%ax
  3e:	66 90                	xchg   %ax,%ax
  40:	0f 01 c9             	mwait  %eax,%ecx
  43:	66 90                	xchg   %ax,%ax
  45:	66 90                	xchg   %ax,%ax
  47:	66 90                	xchg   %ax,%ax
  49:	66 90                	xchg   %ax,%ax
  4b:	0f 01 ca             	clac
  4e:	66 90                	xchg   %ax,%ax
  50:	66 90                	xchg   %ax,%ax
  52:	66 90                	xchg   %ax,%ax
  54:	66 90                	xchg   %ax,%ax
  56:	0f 01 cb             	stac
  59:	66 90                	xchg   %ax,%ax
  5b:	66 90                	xchg   %ax,%ax
  5d:	66 90                	xchg   %ax,%ax
  5f:	66 90                	xchg   %ax,%ax
