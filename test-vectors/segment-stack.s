# previrt test vector: family segment-stack (push and pop segment registers)
# Every form of isa-specs/segment-stack.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in segment-stack.d, segment-stack-records.d and segment-stack-typed.d.
	.text
# form push-es (06)
	push %es
	pushl %es
	pushw %es
# form push-cs (0e)
	push %cs
	pushl %cs
	pushw %cs
# form push-ss (16)
	push %ss
	pushl %ss
	pushw %ss
# form push-ds (1e)
	push %ds
	pushl %ds
	pushw %ds
# form push-fs (0f a0)
	push %fs
	pushl %fs
	pushw %fs
# form push-gs (0f a8)
	push %gs
	pushl %gs
	pushw %gs
# form pop-es (07)
	pop %es
	popl %es
	popw %es
# form pop-ss (17)
	pop %ss
	popl %ss
	popw %ss
# form pop-ds (1f)
	pop %ds
	popl %ds
	popw %ds
# form pop-fs (0f a1)
	pop %fs
	popl %fs
	popw %fs
# form pop-gs (0f a9)
	pop %gs
	popl %gs
	popw %gs
