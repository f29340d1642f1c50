# previrt test vector: family port-io (in and out, immediate port and %dx port)
# Every form of isa-specs/port-io.yaml in every spelling gas accepts.
# Hand-maintained; the expected dumps are in port-io.d, port-io-records.d and port-io-typed.d.
	.text
# form in-imm-b (e4 ib)
	in $0x60, %al
	inb $0x60, %al
	inb $0x60
# form in-imm-w (66 e5 ib)
	in $0x60, %ax
	inw $0x60, %ax
	inw $0x60
# form in-imm-l (e5 ib)
	in $0x60, %eax
	inl $0x60, %eax
	inl $0x60
# form in-dx-b (ec)
	in %dx, %al
	inb %dx, %al
	inb %dx
# form in-dx-w (66 ed)
	in %dx, %ax
	inw %dx, %ax
	inw %dx
# form in-dx-l (ed)
	in %dx, %eax
	inl %dx, %eax
	inl %dx
# form out-imm-b (e6 ib)
	out %al, $0x60
	outb %al, $0x60
	outb $0x60
# form out-imm-w (66 e7 ib)
	out %ax, $0x60
	outw %ax, $0x60
	outw $0x60
# form out-imm-l (e7 ib)
	out %eax, $0x60
	outl %eax, $0x60
	outl $0x60
# form out-dx-b (ee)
	out %al, %dx
	outb %al, %dx
	outb %dx
# form out-dx-w (66 ef)
	out %ax, %dx
	outw %ax, %dx
	outw %dx
# form out-dx-l (ef)
	out %eax, %dx
	outl %eax, %dx
	outl %dx
