# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: halt (previrt-typed.inc, .afterburn.typed records)
#source: halt.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 07000000 01040100          \.\.\.\.\.\.\.\.\.\.\.\.
