# previrt test vector: operands written the ways gas takes them. Expressions with
# parentheses and spaces, indexed memory, spaced commas, mixed case after a prefix, %cr8, the far
# forms spelled jmp/call, and ordinary instructions written the same ways, which stay as they are.
# (Two prefixes on one line are a pack limit, where the patched gas differs: not here.)
	.data
L_a:	.long 0
L_b:	.long 0
	.text
	lcall *%cs:((L_b) - L_a)
	ljmp *%cs:((L_b) - L_a)
	ljmp * 4 (%eax,%ebx,2)
	mov 4 (%eax), %ds
	movw 4(%eax,%ebx,2), %ds
	mov %es:L_b - L_a (%ebp,%esi), %fs
	mov %eax , %cr3
	mov %ds, 4 (%eax,%ebx,2)
	rep InSb
	Rep OutsL %ds:(%esi), ( %dx)
	in ( %dx), %al
	mov %cr8, %eax
	mov %eax, %CR8
	lret $ 4
	jmp $0x10, $0x1000
	call $ 0x10 , $ 0x1000
	jmpw $0x10, $0x100
	mov 4 (%eax,%ebx,2), %ecx
	mov %es : (%edi), %eax
	movl $((L_b) - L_a), %eax
	push 4 (%eax,%ebx,2)
	jmp 1f
1:	call *%eax
	jmp *4 (%eax,%ebx,2)
	rep movsb
