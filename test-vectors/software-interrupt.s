# previrt test vector: family software-interrupt (int n, int3, into)
# Every form of isa-specs/software-interrupt.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in software-interrupt.d, software-interrupt-records.d and software-interrupt-typed.d.
	.text
# form int (cd ib)
	int $0x60
# form int3 (cc)
	int3
# form into (ce)
	into
