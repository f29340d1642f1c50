# previrt test vector: padding of every length in 16-bit code (.code16 throughout, dumped with
# objdump -M i8086). The padding bytes must be the same as in nop-layouts.s: every pattern of the NOP
# table is one NOP in both modes.
	.code16
	.text
	lgdt (%bx)
	lgdt 4(%bx)
	lgdt 0x100(%bx)
	lgdt %fs:0x100(%bx)
	lgdtl %fs:0x100(%bx)
	lgdt 4(%eax)
	lgdt 0x1000(%eax)
	lgdt 0x1000(%esp)
	lgdt %fs:0x1000(%esp)
	lgdtl %fs:0x1000(%esp,%eax,2)
	ret
