# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: far-transfer (previrt.inc, .afterburn records)
#source: far-transfer.s
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
 0000 00000000 10000000 10000000 20000000  \.\.\.\.\.\.\.\.\.\.\.\. \.\.\.
 0010 20000000 30000000 30000000 3b000000   \.\.\.0\.\.\.0\.\.\.;\.\.\.
 0020 3b000000 46000000 46000000 51000000  ;\.\.\.F\.\.\.F\.\.\.Q\.\.\.
 0030 51000000 60000000 60000000 6f000000  Q\.\.\.`\.\.\.`\.\.\.o\.\.\.
 0040 6f000000 7e000000 7e000000 88000000  o\.\.\.~\.\.\.~\.\.\.\.\.\.\.
 0050 88000000 92000000 92000000 9c000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 9c000000 a1000000 a1000000 a6000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 a6000000 ab000000 ab000000 b0000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 b0000000 b5000000 b5000000 ba000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0090 ba000000 c1000000 c1000000 c8000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00a0 c8000000 cf000000 cf000000 d6000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00b0 d6000000 dd000000 dd000000 e4000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
