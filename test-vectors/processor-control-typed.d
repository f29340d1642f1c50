# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: processor-control (previrt-typed.inc, .afterburn.typed records)
#source: processor-control.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0a000000 010a0200 0a000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 15000000 020a0300 15000000 1f000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000020 030a0200 1f000000 2a000000 040a0300 \.\.\.\.\.\.\.\.\*\.\.\.\.\.\.\.
  0x00000030 2a000000 35000000 040a0300 35000000 \*\.\.\.5\.\.\.\.\.\.\.5\.\.\.
  0x00000040 40000000 050a0300 40000000 4b000000 @\.\.\.\.\.\.\.@\.\.\.K\.\.\.
  0x00000050 050a0300 4b000000 56000000 060a0300 \.\.\.\.K\.\.\.V\.\.\.\.\.\.\.
  0x00000060 56000000 61000000 070a0300          V\.\.\.a\.\.\.\.\.\.\.
