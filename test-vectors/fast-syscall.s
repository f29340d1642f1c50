# previrt test vector: family fast-syscall (sysenter, sysexit, syscall, sysret)
# Every form of isa-specs/fast-syscall.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in fast-syscall.d, fast-syscall-records.d and fast-syscall-typed.d.
	.text
# form sysenter (0f 34)
	sysenter
# form sysexit (0f 35)
	sysexit
# form syscall (0f 05)
	syscall
# form sysret (0f 07)
	sysret
	sysretl
