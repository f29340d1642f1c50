# previrt test vector: family interrupt-return (return from interrupt)
# Every form of isa-specs/interrupt-return.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in interrupt-return.d, interrupt-return-records.d and interrupt-return-typed.d.
	.text
# form iret (cf)
	iret
	iretl
# form iret-16 (66 cf)
	iretw
