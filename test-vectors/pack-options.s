# previrt test vector: pack options given with --defsym.
# PREVIRT_NOP1 pads with one-byte NOPs; PREVIRT_FAST leaves the suffixed mov/push/pop spellings
# gcc emits to stock gas, while unsuffixed mov/push/pop and all other mnemonics stay sites.
	.text
	cli
	sti
	mov %eax, %cr3
	movl %eax, %cr3
	push %ds
	pushl %ds
	movw %ax, %ds
	movl %eax, %ebx
