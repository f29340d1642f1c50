# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: nop-layouts (previrt.inc, .afterburn records)
#source: nop-layouts.s
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
Contents of section \.afterburn:
 0000 00000000 0c000000 0c000000 18000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 18000000 24000000 24000000 30000000  \.\.\.\.\$\.\.\.\$\.\.\.0\.\.\.
 0020 30000000 3c000000 3c000000 48000000  0\.\.\.<\.\.\.<\.\.\.H\.\.\.
 0030 48000000 54000000 54000000 60000000  H\.\.\.T\.\.\.T\.\.\.`\.\.\.
 0040 60000000 6c000000                    `\.\.\.l\.\.\.        
