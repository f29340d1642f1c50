# previrt test vector: interrupt shadows. sti, mov to %ss and pop %ss hold interrupts (mov/pop %ss
# also debug traps) for exactly one instruction. Their sites put the padding FIRST and end with the
# instruction, so the instruction the shadow covers follows directly: `sti; hlt` cannot sleep through
# the wake-up interrupt, `mov %ax,%ss; mov $top,%sp` cannot take an interrupt on a half-switched stack.
	.text
	sti
	hlt
	sti ; sysexit
	mov %ax, %ss
	mov $0x7c00, %esp
	movw 8(%ebp), %ss
	movl %esp, %eax
	pop %ss
	pop %ds
	popw %ss
	cli
	.code16
	sti
	hlt
	mov %ax, %ss
	mov $0x7c00, %sp
	pop %ss
	popl %ss
	cli
	.code32
	ret
