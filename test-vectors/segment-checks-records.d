# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: segment-checks (previrt.inc, .afterburn records)
#source: segment-checks.s
#as: --32
#pack: previrt.inc
#objdump: -r -s -j .afterburn

.*: +file format elf32-i386
RELOCATION RECORDS FOR \[\.afterburn\]:
OFFSET   TYPE              VALUE
00000000 R_386_32          \.text
00000004 R_386_32          \.text
00000008 R_386_32          \.text
0000000c R_386_32          \.text
00000010 R_386_32          \.text
00000014 R_386_32          \.text
00000018 R_386_32          \.text
0000001c R_386_32          \.text
00000020 R_386_32          \.text
00000024 R_386_32          \.text
00000028 R_386_32          \.text
0000002c R_386_32          \.text
00000030 R_386_32          \.text
00000034 R_386_32          \.text
00000038 R_386_32          \.text
0000003c R_386_32          \.text
00000040 R_386_32          \.text
00000044 R_386_32          \.text
00000048 R_386_32          \.text
0000004c R_386_32          \.text
00000050 R_386_32          \.text
00000054 R_386_32          \.text
00000058 R_386_32          \.text
0000005c R_386_32          \.text
00000060 R_386_32          \.text
00000064 R_386_32          \.text
00000068 R_386_32          \.text
0000006c R_386_32          \.text
00000070 R_386_32          \.text
00000074 R_386_32          \.text
00000078 R_386_32          \.text
0000007c R_386_32          \.text
00000080 R_386_32          \.text
00000084 R_386_32          \.text
00000088 R_386_32          \.text
0000008c R_386_32          \.text
00000090 R_386_32          \.text
00000094 R_386_32          \.text
00000098 R_386_32          \.text
0000009c R_386_32          \.text
000000a0 R_386_32          \.text
000000a4 R_386_32          \.text
000000a8 R_386_32          \.text
000000ac R_386_32          \.text
000000b0 R_386_32          \.text
000000b4 R_386_32          \.text
000000b8 R_386_32          \.text
000000bc R_386_32          \.text
Contents of section \.afterburn:
 0000 00000000 0b000000 0b000000 16000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 16000000 21000000 21000000 2c000000  \.\.\.\.!\.\.\.!\.\.\.,\.\.\.
 0020 2c000000 37000000 37000000 42000000  ,\.\.\.7\.\.\.7\.\.\.B\.\.\.
 0030 42000000 4d000000 4d000000 58000000  B\.\.\.M\.\.\.M\.\.\.X\.\.\.
 0040 58000000 63000000 63000000 6e000000  X\.\.\.c\.\.\.c\.\.\.n\.\.\.
 0050 6e000000 79000000 79000000 84000000  n\.\.\.y\.\.\.y\.\.\.\.\.\.\.
 0060 84000000 8f000000 8f000000 9a000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 9a000000 a5000000 a5000000 b0000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 b0000000 bb000000 bb000000 c6000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0090 c6000000 d1000000 d1000000 dc000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00a0 dc000000 e6000000 e6000000 f0000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00b0 f0000000 fa000000 fa000000 04010000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
