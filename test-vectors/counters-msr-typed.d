# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: counters-msr (previrt-typed.inc, .afterburn.typed records)
#source: counters-msr.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0a000000 01090200 0a000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 14000000 02090200 14000000 1e000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 03090200 1e000000 28000000 04090200 \.\.\.\.\.\.\.\.\(\.\.\.\.\.\.\.
  0x00000030 28000000 33000000 05090300          \(\.\.\.3\.\.\.\.\.\.\.
