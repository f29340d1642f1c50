# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: fast-syscall (previrt-typed.inc, .afterburn.typed records)
#source: fast-syscall.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0a000000 010e0200 0a000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 14000000 020e0200 14000000 1e000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 030e0200 1e000000 28000000 040e0200 \.\.\.\.\.\.\.\.\(\.\.\.\.\.\.\.
  0x00000030 28000000 32000000 040e0200          \(\.\.\.2\.\.\.\.\.\.\.
