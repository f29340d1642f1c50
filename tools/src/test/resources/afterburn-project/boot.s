# Hand-written assembly assembled by make's $(AS) rule: iret frames, far return, software interrupt.
	.text
	.globl boot_flags
boot_flags:
	pushfl
	popl %eax
	andl $0x200, %eax
	jz 1f
	int $0x80
1:	ret

	.globl boot_return
boot_return:
	iret
	lret

	.section .note.GNU-stack,"",@progbits
