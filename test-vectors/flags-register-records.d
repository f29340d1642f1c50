# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: flags-register (previrt.inc, .afterburn records)
#source: flags-register.s
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
Contents of section \.afterburn:
 0000 00000000 06000000 06000000 0c000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 0c000000 12000000 12000000 28000000  \.\.\.\.\.\.\.\.\.\.\.\.\(\.\.\.
 0020 28000000 3e000000 3e000000 54000000  \(\.\.\.>\.\.\.>\.\.\.T\.\.\.
