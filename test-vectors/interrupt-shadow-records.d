# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: interrupt-shadow (previrt.inc, .afterburn records)
#source: interrupt-shadow.s
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
Contents of section \.afterburn:
 0000 00000000 18000000 18000000 1f000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 1f000000 37000000 37000000 41000000  \.\.\.\.7\.\.\.7\.\.\.A\.\.\.
 0020 41000000 4f000000 54000000 63000000  A\.\.\.O\.\.\.T\.\.\.c\.\.\.
 0030 65000000 6b000000 6b000000 71000000  e\.\.\.k\.\.\.k\.\.\.q\.\.\.
 0040 71000000 78000000 78000000 80000000  q\.\.\.x\.\.\.x\.\.\.\.\.\.\.
 0050 80000000 98000000 98000000 9f000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 9f000000 ad000000 b0000000 b6000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 b6000000 bd000000 bd000000 c5000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
