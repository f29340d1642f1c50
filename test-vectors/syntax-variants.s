# previrt test vector: the ways real code writes a sensitive instruction.
# Letter case, prefixes on the same line, labels, ';' separators, .code16/.code32, sections
# pushed and popped, annotation switched off and on, and ordinary instructions that must pass
# through byte-identical.
	.text
	CLI
	Sti
1:	cli
	sti; pushfl; popfl
	rep insb
	rep outsl
	REP INSW
	ds cli
	data16 lgdt (%eax)
	MOVL %EAX, %CR3
	mov %Cr0, %ecx
	movl %eax , %cr4
	lock incl (%eax)
	rep movsl
	movl 4(%eax,%ebx,2), %ecx
	movw %ax, (%edx)
	pushl %ebx
	pushl $0x1234
	popl %ebp
	push %FS
	inb $0x60 ; outb %al, $0x80
	.pushsection .text.other,"ax",@progbits
	hlt
	.popsection
	.code16
	cli
	lgdtl (%si)
	ljmp $0x08, $0x1000
	movw %ax, %ss
	.code32
	previrt_off
	cli
	previrt_on
	sti
