# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: special-mov (previrt.inc, .afterburn records)
#source: special-mov.s
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
Contents of section \.afterburn:
 0000 00000000 0f000000 0f000000 1e000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 1e000000 2d000000 2d000000 3c000000  \.\.\.\.-\.\.\.-\.\.\.<\.\.\.
 0020 3c000000 4b000000 4b000000 5a000000  <\.\.\.K\.\.\.K\.\.\.Z\.\.\.
 0030 5a000000 69000000 69000000 78000000  Z\.\.\.i\.\.\.i\.\.\.x\.\.\.
 0040 78000000 87000000 87000000 96000000  x\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0050 96000000 a5000000 a5000000 b4000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 b4000000 c2000000 c2000000 d0000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 d0000000 de000000 de000000 ec000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 ec000000 fa000000 fa000000 08010000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0090 08010000 17010000 17010000 25010000  \.\.\.\.\.\.\.\.\.\.\.\.%\.\.\.
 00a0 25010000 33010000 33010000 41010000  %\.\.\.3\.\.\.3\.\.\.A\.\.\.
