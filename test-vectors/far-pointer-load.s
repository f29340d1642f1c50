# previrt test vector: family far-pointer-load (load a far pointer into a segment register and a general register)
# Every form of isa-specs/far-pointer-load.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in far-pointer-load.d, far-pointer-load-records.d and far-pointer-load-typed.d.
	.text
# form lds (c5 /r)
	lds 4(%ebx), %ebx
	lds 4(%ebx,%esi,2), %ebx
	ldsl 4(%ebx), %ebx
	ldsw 4(%ebx), %bx
# form les (c4 /r)
	les 4(%ebx), %ebx
	lesl 4(%ebx), %ebx
	lesw 4(%ebx), %bx
# form lfs (0f b4 /r)
	lfs 4(%ebx), %ebx
	lfsl 4(%ebx), %ebx
	lfsw 4(%ebx), %bx
# form lgs (0f b5 /r)
	lgs 4(%ebx), %ebx
	lgsl 4(%ebx), %ebx
	lgsw 4(%ebx), %bx
# form lss (0f b2 /r)
	lss 4(%ebx), %ebx
	lss 4(%ebx,%esi,2), %ebx
	lssl 4(%ebx), %ebx
	lssw 4(%ebx), %bx
