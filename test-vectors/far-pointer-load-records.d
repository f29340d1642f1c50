# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: far-pointer-load (previrt.inc, .afterburn records)
#source: far-pointer-load.s
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
Contents of section \.afterburn:
 0000 00000000 12000000 12000000 24000000  \.\.\.\.\.\.\.\.\.\.\.\.\$\.\.\.
 0010 24000000 36000000 36000000 48000000  \$\.\.\.6\.\.\.6\.\.\.H\.\.\.
 0020 48000000 5a000000 5a000000 6c000000  H\.\.\.Z\.\.\.Z\.\.\.l\.\.\.
 0030 6c000000 7e000000 7e000000 91000000  l\.\.\.~\.\.\.~\.\.\.\.\.\.\.
 0040 91000000 a4000000 a4000000 b7000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0050 b7000000 ca000000 ca000000 dd000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 dd000000 f0000000 f0000000 03010000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 03010000 16010000 16010000 29010000  \.\.\.\.\.\.\.\.\.\.\.\.\)\.\.\.
 0080 29010000 3c010000                    \)\.\.\.<\.\.\.        
