# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: machine-status (previrt-typed.inc, .afterburn.typed records)
#source: machine-status.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0b000000 01060400 0b000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 16000000 01060500 16000000 21000000 \.\.\.\.\.\.\.\.\.\.\.\.!\.\.\.
  0x00000020 01060300 21000000 2c000000 01060400 \.\.\.\.!\.\.\.,\.\.\.\.\.\.\.
  0x00000030 2c000000 37000000 01060500 37000000 ,\.\.\.7\.\.\.\.\.\.\.7\.\.\.
  0x00000040 42000000 02060300 42000000 4d000000 B\.\.\.\.\.\.\.B\.\.\.M\.\.\.
  0x00000050 02060500 4d000000 58000000 02060300 \.\.\.\.M\.\.\.X\.\.\.\.\.\.\.
  0x00000060 58000000 63000000 02060500 63000000 X\.\.\.c\.\.\.\.\.\.\.c\.\.\.
  0x00000070 73000000 03060200                   s\.\.\.\.\.\.\.
