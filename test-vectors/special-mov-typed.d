# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: special-mov (previrt-typed.inc, .afterburn.typed records)
#source: special-mov.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0f000000 01120300 0f000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 1e000000 01120300 1e000000 2d000000 \.\.\.\.\.\.\.\.\.\.\.\.-\.\.\.
  0x00000020 02120300 2d000000 3c000000 02120300 \.\.\.\.-\.\.\.<\.\.\.\.\.\.\.
  0x00000030 3c000000 4b000000 03120300 4b000000 <\.\.\.K\.\.\.\.\.\.\.K\.\.\.
  0x00000040 5a000000 03120300 5a000000 69000000 Z\.\.\.\.\.\.\.Z\.\.\.i\.\.\.
  0x00000050 04120300 69000000 78000000 04120300 \.\.\.\.i\.\.\.x\.\.\.\.\.\.\.
  0x00000060 78000000 87000000 05120300 87000000 x\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000070 96000000 05120300 96000000 a5000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 06120300 a5000000 b4000000 06120300 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 b4000000 c2000000 07120200 c2000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 d0000000 07120200 d0000000 de000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 07120300 de000000 ec000000 0912020c \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000c0 ec000000 fa000000 0912020c fa000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000d0 08010000 0912020c 08010000 17010000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000e0 0912030c 17010000 25010000 08120200 \.\.\.\.\.\.\.\.%\.\.\.\.\.\.\.
  0x000000f0 25010000 33010000 08120200 33010000 %\.\.\.3\.\.\.\.\.\.\.3\.\.\.
  0x00000100 41010000 08120200                   A\.\.\.\.\.\.\.
