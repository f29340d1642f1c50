# previrt test vector: family machine-status (machine status word and task-switched flag)
# Every form of isa-specs/machine-status.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in machine-status.d, machine-status-records.d and machine-status-typed.d.
	.text
# form smsw (0f 01 /4)
	smsw %ax
	smsw 4(%ebx,%esi,2)
	smswl %eax
	smsww %ax
	smsww 4(%ebx,%esi,2)
# form lmsw (0f 01 /6)
	lmsw %ax
	lmsw 4(%ebx,%esi,2)
	lmsww %ax
	lmsww 4(%ebx,%esi,2)
# form clts (0f 06)
	clts
