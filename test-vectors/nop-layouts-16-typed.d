# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: nop-layouts-16 (previrt-typed.inc, .afterburn.typed records)
#source: nop-layouts-16.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0c000000 02050300 0c000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 18000000 02050400 18000000 24000000 \.\.\.\.\.\.\.\.\.\.\.\.\$\.\.\.
  0x00000020 02050500 24000000 30000000 02050600 \.\.\.\.\$\.\.\.0\.\.\.\.\.\.\.
  0x00000030 30000000 3c000000 01050700 3c000000 0\.\.\.<\.\.\.\.\.\.\.<\.\.\.
  0x00000040 48000000 02050500 48000000 54000000 H\.\.\.\.\.\.\.H\.\.\.T\.\.\.
  0x00000050 02050800 54000000 60000000 02050900 \.\.\.\.T\.\.\.`\.\.\.\.\.\.\.
  0x00000060 60000000 6c000000 02050a00 6c000000 `\.\.\.l\.\.\.\.\.\.\.l\.\.\.
  0x00000070 78000000 01050b00                   x\.\.\.\.\.\.\.
