# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: syntax-variants (previrt.inc, .afterburn records)
#source: syntax-variants.s
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
00000088 R_386_32          \.text\.other
0000008c R_386_32          \.text\.other
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
Contents of section \.afterburn:
 0000 00000000 08000000 08000000 20000000  \.\.\.\.\.\.\.\.\.\.\.\. \.\.\.
 0010 20000000 28000000 28000000 40000000   \.\.\.\(\.\.\.\(\.\.\.@\.\.\.
 0020 40000000 46000000 46000000 5c000000  @\.\.\.F\.\.\.F\.\.\.\\\.\.\.
 0030 5c000000 6a000000 6a000000 7b000000  \\\.\.\.j\.\.\.j\.\.\.\{\.\.\.
 0040 7b000000 89000000 89000000 91000000  \{\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0050 91000000 9d000000 9d000000 ac000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0060 ac000000 bb000000 bb000000 ca000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0070 dd000000 e3000000 e3000000 f2000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0080 f2000000 04010000 00000000 07000000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 0090 04010000 0c010000 0c010000 18010000  \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
 00a0 18010000 28010000 28010000 36010000  \.\.\.\.\(\.\.\.\(\.\.\.6\.\.\.
 00b0 37010000 4f010000                    7\.\.\.O\.\.\.        
