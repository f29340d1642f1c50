# previrt test vector: family flags-register (push and pop EFLAGS)
# Every form of isa-specs/flags-register.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in flags-register.d, flags-register-records.d and flags-register-typed.d.
	.text
# form pushf (9c)
	pushf
	pushfl
# form pushf-16 (66 9c)
	pushfw
# form popf (9d)
	popf
	popfl
# form popf-16 (66 9d)
	popfw
