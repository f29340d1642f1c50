# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: machine-status (previrt-typed.inc, .afterburn.typed records)
#source: machine-status.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0b000000 01060400 10000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 1b000000 01060300 1b000000 26000000 \.\.\.\.\.\.\.\.\.\.\.\.&\.\.\.
  0x00000020 01060400 2b000000 36000000 02060300 \.\.\.\.\+\.\.\.6\.\.\.\.\.\.\.
  0x00000030 3b000000 46000000 02060300 4b000000 ;\.\.\.F\.\.\.\.\.\.\.K\.\.\.
  0x00000040 5b000000 03060200                   \[\.\.\.\.\.\.\.
