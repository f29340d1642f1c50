# previrt test vector: family software-interrupt (int n, int3, into, int1)
# Every form of isa-specs/software-interrupt.yaml in every spelling gas accepts.
# int3, into and int1 are not sites (not-a-site in the spec): they must stay exactly as stock gas
# writes them, with no padding and no record (Linux measures and inspects int3 bytes).
# Hand-maintained; the expected dumps are in software-interrupt.d, software-interrupt-records.d and software-interrupt-typed.d.
	.text
# form int (cd ib)
	int $0x60
# form int3 (cc): not a site
	int3
# form into (ce): not a site
	into
# form int1 (f1): not a site
	int1
	int $0x80
