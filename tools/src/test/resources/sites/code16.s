# 16-bit code sites: operand-size forms lose their 66 prefix, far pointers and ModRM shrink.
.text
.code16
cli
pushfw
pushfl
popf
ljmp $0x10,$0x1234
ljmpl $0x10,$0x12345678
lgdt (%si)
lidtl 0x10(%bx)
lmsw %ax
in $0x60,%al
inl $0x60,%eax
mov %eax,%cr0
int $0x10
lret
lretl
iret
.code32
sti
