# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: far-pointer-load (previrt-typed.inc, .afterburn.typed records)
#source: far-pointer-load.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 12000000 01100300 12000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 24000000 01100400 24000000 36000000 \$\.\.\.\.\.\.\.\$\.\.\.6\.\.\.
  0x00000020 01100300 36000000 48000000 01100400 \.\.\.\.6\.\.\.H\.\.\.\.\.\.\.
  0x00000030 48000000 5a000000 02100300 5a000000 H\.\.\.Z\.\.\.\.\.\.\.Z\.\.\.
  0x00000040 6c000000 02100300 6c000000 7e000000 l\.\.\.\.\.\.\.l\.\.\.~\.\.\.
  0x00000050 02100400 7e000000 91000000 03100400 \.\.\.\.~\.\.\.\.\.\.\.\.\.\.\.
  0x00000060 91000000 a4000000 03100400 a4000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000070 b7000000 03100500 b7000000 ca000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 04100400 ca000000 dd000000 04100400 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 dd000000 f0000000 04100500 f0000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 03010000 05100400 03010000 16010000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 05100500 16010000 29010000 05100400 \.\.\.\.\.\.\.\.\)\.\.\.\.\.\.\.
  0x000000c0 29010000 3c010000 05100500          \)\.\.\.<\.\.\.\.\.\.\.
