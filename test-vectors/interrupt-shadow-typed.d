# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: interrupt-shadow (previrt-typed.inc, .afterburn.typed records)
#source: interrupt-shadow.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 18000000 02010117 18000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 1f000000 01040100 1f000000 37000000 \.\.\.\.\.\.\.\.\.\.\.\.7\.\.\.
  0x00000020 02010117 37000000 41000000 020e0200 \.\.\.\.7\.\.\.A\.\.\.\.\.\.\.
  0x00000030 41000000 4f000000 0912020c 54000000 A\.\.\.O\.\.\.\.\.\.\.T\.\.\.
  0x00000040 63000000 0912030c 65000000 6b000000 c\.\.\.\.\.\.\.e\.\.\.k\.\.\.
  0x00000050 08110105 6b000000 71000000 09110100 \.\.\.\.k\.\.\.q\.\.\.\.\.\.\.
  0x00000060 71000000 78000000 08110205 78000000 q\.\.\.x\.\.\.\.\.\.\.x\.\.\.
  0x00000070 80000000 01010100 80000000 98000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 02010117 98000000 9f000000 01040100 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 9f000000 ad000000 0912020c b0000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 b6000000 08110105 b6000000 bd000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 08110205 bd000000 c5000000 01010100 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
