# previrt test vector: family segment-checks (access-rights and limit checks on selectors)
# Every form of isa-specs/segment-checks.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in segment-checks.d, segment-checks-records.d and segment-checks-typed.d.
	.text
# form lar (0f 02 /r)
	lar %eax, %ebx
	lar 4(%ebx,%esi,2), %ebx
	larw %ax, %bx
	larw 4(%ebx,%esi,2), %bx
	larl %eax, %ebx
	larl 4(%ebx,%esi,2), %ebx
# form lsl (0f 03 /r)
	lsl %eax, %ebx
	lsl 4(%ebx,%esi,2), %ebx
	lslw %ax, %bx
	lslw 4(%ebx,%esi,2), %bx
	lsll %eax, %ebx
	lsll 4(%ebx,%esi,2), %ebx
# form verr (0f 00 /4)
	verr %ax
	verr 4(%ebx,%esi,2)
	verrw %ax
	verrw 4(%ebx,%esi,2)
# form verw (0f 00 /5)
	verw %ax
	verw 4(%ebx,%esi,2)
	verww %ax
	verww 4(%ebx,%esi,2)
# form arpl (63 /r)
	arpl %ax, %bx
	arpl %ax, 4(%ebx,%esi,2)
	arplw %ax, %bx
	arplw %ax, 4(%ebx,%esi,2)
