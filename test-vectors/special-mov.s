# previrt test vector: family special-mov (mov to and from control, debug, test and segment registers)
# Every form of isa-specs/special-mov.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in special-mov.d, special-mov-records.d and special-mov-typed.d.
	.text
# form mov-from-creg (0f 20 /r)
	mov %cr3, %ebx
	movl %cr3, %ebx
# form mov-to-creg (0f 22 /r)
	mov %eax, %cr3
	movl %eax, %cr3
# form mov-from-dreg (0f 21 /r)
	mov %db7, %ebx
	movl %db7, %ebx
# form mov-to-dreg (0f 23 /r)
	mov %eax, %db7
	movl %eax, %db7
# form mov-from-treg (0f 24 /r)
	mov %tr6, %ebx
	movl %tr6, %ebx
# form mov-to-treg (0f 26 /r)
	mov %eax, %tr6
	movl %eax, %tr6
# form mov-from-sreg (8c /r)
	mov %ds, %ebx
	movl %ds, %ebx
	movw %ds, %bx
# form mov-to-ss (8e /2): interrupt shadow, padding before the instruction
	mov %eax, %ss
	movl %eax, %ss
	movw %ax, %ss
	movw 8(%ebp), %ss
# form mov-to-sreg (8e /r)
	mov %eax, %ds
	movl %eax, %ds
	movw %ax, %ds
