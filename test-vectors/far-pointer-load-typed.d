# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# If it fails after an intended change of isa-specs/ or templates/, run
#   tools/previrt generate && tools/previrt vectors --rebase
# then review the diff of test-vectors/ line by line before committing it.
#name: far-pointer-load (previrt-typed.inc, .afterburn.typed records)
#source: far-pointer-load.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 12000000 01100300 12000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 24000000 01100300 24000000 36000000 \$\.\.\.\.\.\.\.\$\.\.\.6\.\.\.
  0x00000020 01100400 36000000 48000000 02100300 \.\.\.\.6\.\.\.H\.\.\.\.\.\.\.
  0x00000030 48000000 5a000000 02100300 5a000000 H\.\.\.Z\.\.\.\.\.\.\.Z\.\.\.
  0x00000040 6c000000 02100400 6c000000 7f000000 l\.\.\.\.\.\.\.l\.\.\.\.\.\.\.
  0x00000050 03100400 7f000000 92000000 03100400 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000060 92000000 a5000000 03100500 a5000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000070 b8000000 04100400 b8000000 cb000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 04100400 cb000000 de000000 04100500 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 de000000 f1000000 05100400 f1000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 04010000 05100400 04010000 17010000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000b0 05100500                            \.\.\.\.
