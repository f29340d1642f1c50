# previrt test vector: every form of the specs in 16-bit code (.code16 throughout, dumped with
# objdump -M i8086): the statements of the family vectors, in the same order. Spellings without a size
# suffix take the operand size of the mode (pushf is 9c, the form pushf-16), so pack, patched as and
# `sites` must all name the form whose operand size was encoded.
# Hand-maintained; the expected dumps are in every-form-16.d, every-form-16-records.d and every-form-16-typed.d.
	.code16
	.text
# family cache-tlb
	invd
	wbinvd
	wbnoinvd
	invlpg 4(%ebx)
	invlpg 4(%ebx,%esi,2)
	invpcid 4(%ebx), %ebx
# family counters-msr
	rdmsr
	wrmsr
	rdpmc
	rdtsc
	rdtscp
# family far-pointer-load
	lds 4(%ebx), %ebx
	lds 4(%ebx,%esi,2), %ebx
	ldsl 4(%ebx), %ebx
	ldsw 4(%ebx), %bx
	les 4(%ebx), %ebx
	lesl 4(%ebx), %ebx
	lesw 4(%ebx), %bx
	lfs 4(%ebx), %ebx
	lfsl 4(%ebx), %ebx
	lfsw 4(%ebx), %bx
	lgs 4(%ebx), %ebx
	lgsl 4(%ebx), %ebx
	lgsw 4(%ebx), %bx
	lss 4(%ebx), %ebx
	lss 4(%ebx,%esi,2), %ebx
	lssl 4(%ebx), %ebx
	lssw 4(%ebx), %bx
# family far-transfer
	ljmp $0x10, $0x1234
	ljmpl $0x10, $0x12345678
	ljmpw $0x10, $0x10
	ljmp *4(%ebx)
	ljmp *4(%ebx,%esi,2)
	ljmpl *4(%ebx)
	ljmpl *4(%ebx,%esi,2)
	ljmpw *4(%ebx)
	ljmpw *4(%ebx,%esi,2)
	lcall $0x10, $0x1234
	lcalll $0x10, $0x12345678
	lcallw $0x10, $0x10
	lcall *4(%ebx)
	lcall *4(%ebx,%esi,2)
	lcalll *4(%ebx)
	lcalll *4(%ebx,%esi,2)
	lcallw *4(%ebx)
	lcallw *4(%ebx,%esi,2)
	lret
	lretl
	retf
	retfl
	lretw
	retfw
	lret $0x10
	lretl $0x10
	retf $0x10
	retfl $0x10
	lretw $0x10
	retfw $0x10
# family fast-syscall
	sysenter
	sysexit
	syscall
	sysret
	sysretl
# family flags-register
	pushf
	pushfl
	pushfw
	popf
	popfl
	popfw
# family halt
	hlt
# family interrupt-flag
	cli
	sti
# family interrupt-return
	iret
	iretl
	iretw
# family machine-status
	smsw %ax
	smsw 4(%ebx,%esi,2)
	smswl %eax
	smsww %ax
	smsww 4(%ebx,%esi,2)
	lmsw %ax
	lmsw 4(%ebx,%esi,2)
	lmsww %ax
	lmsww 4(%ebx,%esi,2)
	clts
# family port-io
	in $0x60, %al
	inb $0x60, %al
	inb $0x60
	in $0x60, %ax
	inw $0x60, %ax
	inw $0x60
	in $0x60, %eax
	inl $0x60, %eax
	inl $0x60
	in %dx, %al
	inb %dx, %al
	inb %dx
	in %dx, %ax
	inw %dx, %ax
	inw %dx
	in %dx, %eax
	inl %dx, %eax
	inl %dx
	out %al, $0x60
	outb %al, $0x60
	outb $0x60
	out %ax, $0x60
	outw %ax, $0x60
	outw $0x60
	out %eax, $0x60
	outl %eax, $0x60
	outl $0x60
	out %al, %dx
	outb %al, %dx
	outb %dx
	out %ax, %dx
	outw %ax, %dx
	outw %dx
	out %eax, %dx
	outl %eax, %dx
	outl %dx
# family processor-control
	cpuid
	xsetbv
	rsm
	monitor %eax, %ecx, %edx
	monitor
	mwait %eax, %ecx
	mwait
	clac
	stac
# family segment-checks
	lar %eax, %ebx
	lar 4(%ebx,%esi,2), %ebx
	larw %ax, %bx
	larw 4(%ebx,%esi,2), %bx
	larl %eax, %ebx
	larl 4(%ebx,%esi,2), %ebx
	lsl %eax, %ebx
	lsl 4(%ebx,%esi,2), %ebx
	lslw %ax, %bx
	lslw 4(%ebx,%esi,2), %bx
	lsll %eax, %ebx
	lsll 4(%ebx,%esi,2), %ebx
	verr %ax
	verr 4(%ebx,%esi,2)
	verrw %ax
	verrw 4(%ebx,%esi,2)
	verw %ax
	verw 4(%ebx,%esi,2)
	verww %ax
	verww 4(%ebx,%esi,2)
	arpl %ax, %bx
	arpl %ax, 4(%ebx,%esi,2)
	arplw %ax, %bx
	arplw %ax, 4(%ebx,%esi,2)
# family segment-stack
	push %es
	pushl %es
	pushw %es
	push %cs
	pushl %cs
	pushw %cs
	push %ss
	pushl %ss
	pushw %ss
	push %ds
	pushl %ds
	pushw %ds
	push %fs
	pushl %fs
	pushw %fs
	push %gs
	pushl %gs
	pushw %gs
	pop %es
	popl %es
	popw %es
	pop %ss
	popl %ss
	popw %ss
	pop %ds
	popl %ds
	popw %ds
	pop %fs
	popl %fs
	popw %fs
	pop %gs
	popl %gs
	popw %gs
# family software-interrupt
	int $0x60
	int3
	into
	int1
	int $0x80
# family special-mov
	mov %cr3, %ebx
	movl %cr3, %ebx
	mov %eax, %cr3
	movl %eax, %cr3
	mov %db7, %ebx
	movl %db7, %ebx
	mov %eax, %db7
	movl %eax, %db7
	mov %tr6, %ebx
	movl %tr6, %ebx
	mov %eax, %tr6
	movl %eax, %tr6
	mov %ds, %ebx
	movl %ds, %ebx
	movw %ds, %bx
	mov %eax, %ss
	movl %eax, %ss
	movw %ax, %ss
	movw 8(%ebp), %ss
	mov %eax, %ds
	movl %eax, %ds
	movw %ax, %ds
# family string-io
	insb %dx, %es:(%edi)
	insb
	insw %dx, %es:(%edi)
	insw
	ins %dx, %es:(%edi)
	insl %dx, %es:(%edi)
	insl
	outsb %ds:(%esi), %dx
	outsb
	outsw %ds:(%esi), %dx
	outsw
	outs %ds:(%esi), %dx
	outsl %ds:(%esi), %dx
	outsl
# family system-tables
	lgdt 4(%ebx)
	lgdt 4(%ebx,%esi,2)
	lgdtl 4(%ebx)
	lgdt 4(%ebx,%esi,2)
	lgdtw 4(%ebx)
	lidt 4(%ebx)
	lidt 4(%ebx,%esi,2)
	lidtl 4(%ebx)
	lidt 4(%ebx,%esi,2)
	lidtw 4(%ebx)
	sgdt 4(%ebx)
	sgdt 4(%ebx,%esi,2)
	sgdtl 4(%ebx)
	sgdt 4(%ebx,%esi,2)
	sgdtw 4(%ebx)
	sidt 4(%ebx)
	sidt 4(%ebx,%esi,2)
	sidtl 4(%ebx)
	sidt 4(%ebx,%esi,2)
	sidtw 4(%ebx)
	lldt %ax
	lldt 4(%ebx,%esi,2)
	lldtw %ax
	lldtw 4(%ebx,%esi,2)
	sldt %eax
	sldt 4(%ebx,%esi,2)
	sldtl %eax
	sldtw %ax
	sldtw 4(%ebx,%esi,2)
	ltr %ax
	ltr 4(%ebx,%esi,2)
	ltrw %ax
	ltrw 4(%ebx,%esi,2)
	str %eax
	str 4(%ebx,%esi,2)
	strl %eax
	strw %ax
	strw 4(%ebx,%esi,2)
# 16-bit addressing, and the operand-size prefix written on the same line
	lgdt (%bx)
	sidt 2(%bp,%si)
	lcall *(%bx)
	ljmp *2(%bp,%di)
	data32 pushf
	data32 popf
	data32 lret
	data32 lgdt (%bx)
	data32 ljmp *(%bx)
