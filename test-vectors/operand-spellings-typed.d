# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: operand-spellings (previrt-typed.inc, .afterburn.typed records)
#source: operand-spellings.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0a000000 070f0700 0a000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 15000000 030f0700 15000000 20000000 \.\.\.\.\.\.\.\.\.\.\.\. \.\.\.
  0x00000020 030f0400 20000000 2e000000 08120300 \.\.\.\. \.\.\.\.\.\.\.\.\.\.\.
  0x00000030 2e000000 3c000000 08120400 3c000000 \.\.\.\.<\.\.\.\.\.\.\.<\.\.\.
  0x00000040 4a000000 08120500 4a000000 59000000 J\.\.\.\.\.\.\.J\.\.\.Y\.\.\.
  0x00000050 02120300 59000000 67000000 07120400 \.\.\.\.Y\.\.\.g\.\.\.\.\.\.\.
  0x00000060 67000000 75000000 010c0200 75000000 g\.\.\.u\.\.\.\.\.\.\.u\.\.\.
  0x00000070 86000000 060c0200 86000000 94000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 040b0100 94000000 a3000000 01120400 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 a3000000 b2000000 02120400 b2000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 b9000000 0b0f0300 b9000000 c9000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 010f0700 c9000000 d8000000 050f0700 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000c0 d8000000 e8000000 020f0600          \.\.\.\.\.\.\.\.\.\.\.\.
