# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: string-io (previrt.inc, .afterburn records)
#source: string-io.s
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
Contents of section \.afterburn:
 0000 00000000 0e000000 0e000000 1c000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 1c000000 2a000000 2a000000 38000000  \.\.\.\.\*\.\.\.\*\.\.\.8\.\.\.
 0020 38000000 46000000 46000000 54000000  8\.\.\.F\.\.\.F\.\.\.T\.\.\.
 0030 54000000 62000000 62000000 73000000  T\.\.\.b\.\.\.b\.\.\.s\.\.\.
 0040 73000000 84000000 84000000 95000000  s\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0050 95000000 a6000000 a6000000 b7000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 b7000000 c8000000 c8000000 d9000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
