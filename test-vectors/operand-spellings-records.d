# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: operand-spellings (previrt.inc, .afterburn records)
#source: operand-spellings.s
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
 0000 00000000 0a000000 0a000000 15000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 15000000 20000000 20000000 2e000000  \.\.\.\. \.\.\. \.\.\.\.\.\.\.
 0020 2e000000 3c000000 3c000000 4a000000  \.\.\.\.<\.\.\.<\.\.\.J\.\.\.
 0030 4a000000 59000000 59000000 67000000  J\.\.\.Y\.\.\.Y\.\.\.g\.\.\.
 0040 67000000 75000000 75000000 86000000  g\.\.\.u\.\.\.u\.\.\.\.\.\.\.
 0050 86000000 94000000 94000000 a3000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 a3000000 b2000000 b2000000 b9000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 b9000000 c9000000 c9000000 d8000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 d8000000 e8000000                    \.\.\.\.\.\.\.\.        
