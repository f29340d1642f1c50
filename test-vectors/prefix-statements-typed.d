# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: prefix-statements (previrt-typed.inc, .afterburn.typed records)
#source: prefix-statements.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 11000000 060c0200 11000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 1f000000 010c0200 1f000000 30000000 \.\.\.\.\.\.\.\.\.\.\.\.0\.\.\.
  0x00000020 050c0300 30000000 38000000 01010200 \.\.\.\.0\.\.\.8\.\.\.\.\.\.\.
  0x00000030 38000000 46000000 030c0300 49000000 8\.\.\.F\.\.\.\.\.\.\.I\.\.\.
  0x00000040 4b000000 08110200 4b000000 4d000000 K\.\.\.\.\.\.\.K\.\.\.M\.\.\.
  0x00000050 02010200                            \.\.\.\.
