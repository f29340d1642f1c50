# previrt test vector: family halt (halt the processor)
# Every form of isa-specs/halt.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in halt.d, halt-records.d and halt-typed.d.
	.text
# form hlt (f4)
	hlt
