# previrt test vector: pack options given with --defsym.
# PREVIRT_NOP1 pads with one-byte NOPs and never a jump (pre-i686 CPUs have no 0f 1f NOPs); the
# shadow form sti keeps its padding in front of it either way.
	.text
	cli
	sti
	mov %eax, %cr3
	movl %eax, %cr3
	push %ds
	pushl %ds
	movw %ax, %ds
	movl %eax, %ebx
