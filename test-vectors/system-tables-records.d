# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: system-tables (previrt.inc, .afterburn records)
#source: system-tables.s
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
 0000 00000000 0c000000 0c000000 18000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0010 18000000 24000000 24000000 30000000  \.\.\.\.\$\.\.\.\$\.\.\.0\.\.\.
 0020 30000000 3c000000 3c000000 48000000  0\.\.\.<\.\.\.<\.\.\.H\.\.\.
 0030 48000000 53000000 53000000 5e000000  H\.\.\.S\.\.\.S\.\.\.\^\.\.\.
 0040 5e000000 69000000 69000000 74000000  \^\.\.\.i\.\.\.i\.\.\.t\.\.\.
 0050 74000000 7f000000 7f000000 8a000000  t\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 8a000000 9d000000 a2000000 b5000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 ba000000 c3000000 c8000000 d1000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 d1000000 da000000 df000000 f2000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0090 f7000000 0a010000 0f010000 1b010000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00a0 20010000 2c010000 2c010000 38010000   \.\.\.,\.\.\.,\.\.\.8\.\.\.
