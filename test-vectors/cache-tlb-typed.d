# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: cache-tlb (previrt-typed.inc, .afterburn.typed records)
#source: cache-tlb.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0a000000 01080200 0a000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 14000000 02080200 14000000 1f000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 03080300 1f000000 28000000 04080400 \.\.\.\.\.\.\.\.\(\.\.\.\.\.\.\.
  0x00000030 28000000 31000000 04080500 31000000 \(\.\.\.1\.\.\.\.\.\.\.1\.\.\.
  0x00000040 3e000000 05080600                   >\.\.\.\.\.\.\.
