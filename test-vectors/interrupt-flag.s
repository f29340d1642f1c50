# previrt test vector: family interrupt-flag (set and clear EFLAGS.IF)
# Every form of isa-specs/interrupt-flag.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in interrupt-flag.d, interrupt-flag-records.d and interrupt-flag-typed.d.
	.text
# form cli (fa)
	cli
# form sti (fb)
	sti
