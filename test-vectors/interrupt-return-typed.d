# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: interrupt-return (previrt-typed.inc, .afterburn.typed records)
#source: interrupt-return.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 05000000 01030100 05000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 0a000000 01030100 0a000000 0f000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 02030200                            \.\.\.\.
