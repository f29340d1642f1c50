# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: flags-register (previrt-typed.inc, .afterburn.typed records)
#source: flags-register.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 06000000 01020100 06000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 0c000000 01020100 0c000000 12000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 02020200 12000000 28000000 03020100 \.\.\.\.\.\.\.\.\(\.\.\.\.\.\.\.
  0x00000030 28000000 3e000000 03020100 3e000000 \(\.\.\.>\.\.\.\.\.\.\.>\.\.\.
  0x00000040 54000000 04020200                   T\.\.\.\.\.\.\.
