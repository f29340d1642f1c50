# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: prefix-statements (previrt-typed.inc, .afterburn.typed records)
#source: prefix-statements.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 01000000 12000000 060c0100 13000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 21000000 010c0100 22000000 33000000 !\.\.\.\.\.\.\."\.\.\.3\.\.\.
  0x00000020 050c0200 34000000 3c000000 01010100 \.\.\.\.4\.\.\.<\.\.\.\.\.\.\.
  0x00000030 3e000000 4c000000 030c0100          >\.\.\.L\.\.\.\.\.\.\.
