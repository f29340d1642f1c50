/* Preprocessed assembly (gcc -c entry.S): descriptor tables and flags, as a kernel's entry code. */
#define KERNEL_DS 0x10

	.text
	.globl entry_setup
entry_setup:
	pushf
	cli
	lgdt gdt_ptr
	movl $KERNEL_DS, %eax
	movw %ax, %ds
	movw %ax, %es
	push %ds
	pop %es
	popf
	ret

	.data
gdt_ptr:
	.word 0
	.long 0

	.section .note.GNU-stack,"",@progbits
