# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: segment-checks (previrt-typed.inc, .afterburn.typed records)
#source: segment-checks.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0b000000 01070300 0b000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 16000000 01070500 16000000 21000000 \.\.\.\.\.\.\.\.\.\.\.\.!\.\.\.
  0x00000020 01070400 21000000 2c000000 01070600 \.\.\.\.!\.\.\.,\.\.\.\.\.\.\.
  0x00000030 2c000000 37000000 01070300 37000000 ,\.\.\.7\.\.\.\.\.\.\.7\.\.\.
  0x00000040 42000000 01070500 42000000 4d000000 B\.\.\.\.\.\.\.B\.\.\.M\.\.\.
  0x00000050 02070300 4d000000 58000000 02070500 \.\.\.\.M\.\.\.X\.\.\.\.\.\.\.
  0x00000060 58000000 63000000 02070400 63000000 X\.\.\.c\.\.\.\.\.\.\.c\.\.\.
  0x00000070 6e000000 02070600 6e000000 79000000 n\.\.\.\.\.\.\.n\.\.\.y\.\.\.
  0x00000080 02070300 79000000 84000000 02070500 \.\.\.\.y\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 84000000 8f000000 03070300 94000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 9f000000 03070300 a4000000 af000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 04070300 b4000000 bf000000 04070300 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000c0 c4000000 ce000000 05070200 ce000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000d0 d8000000 05070400 d8000000 e2000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000e0 05070200 e2000000 ec000000 05070400 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
