# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).
# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);
# after an intended change of isa-specs/ or templates/ run it, then review the diff of
# test-vectors/ line by line before committing it.
#name: string-io (previrt-typed.inc, .afterburn.typed records)
#source: string-io.s
#as: --32
#pack: previrt-typed.inc
#readelf: -x .afterburn.typed

Hex dump of section '\.afterburn\.typed':
 NOTE: This section has relocations against it, but these have NOT been applied to this dump\.
  0x00000000 00000000 0e000000 010c0100 0e000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000010 1c000000 010c0100 1c000000 2a000000 \.\.\.\.\.\.\.\.\.\.\.\.\*\.\.\.
  0x00000020 020c0200 2a000000 38000000 020c0200 \.\.\.\.\*\.\.\.8\.\.\.\.\.\.\.
  0x00000030 38000000 46000000 030c0100 46000000 8\.\.\.F\.\.\.\.\.\.\.F\.\.\.
  0x00000040 54000000 030c0100 54000000 62000000 T\.\.\.\.\.\.\.T\.\.\.b\.\.\.
  0x00000050 030c0100 62000000 73000000 040c0100 \.\.\.\.b\.\.\.s\.\.\.\.\.\.\.
  0x00000060 73000000 84000000 040c0100 84000000 s\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000070 95000000 050c0200 95000000 a6000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000080 050c0200 a6000000 b7000000 060c0100 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x00000090 b7000000 c8000000 060c0100 c8000000 \.\.\.\.\.\.\.\.\.\.\.\.\.\.\.\.
  0x000000a0 d9000000 060c0100                   \.\.\.\.\.\.\.\.
