# One or more instructions of every family, for the sites tests (assembled with --32 and a pack).
.text
.globl _start
_start:
cli
sti
pushf
popf
pushfw
hlt
iret
lgdt (%eax)
lidt 0x10(%ebx)
sgdt 0x12345678
sidtw (%esi)
lldt %ax
ltr %bx
str %cx
smsw %eax
lmsw %ax
clts
lar %eax,%ebx
lsl (%eax),%ecx
verr %ax
verw 0x4(%ebp)
arpl %ax,%bx
in $0x60,%al
inw $0x60,%ax
in %dx,%eax
out %al,$0x80
outb %al,%dx
outw %ax,%dx
insb
insl
outsl
int $0x80
int3
into
mov %cr0,%eax
mov %eax,%cr3
mov %db7,%eax
mov %eax,%db0
mov %ds,%ax
mov %ax,%ss
mov (%ebx),%es
movl %eax,%cr4
push %es
push %cs
push %fs
pop %ds
pop %gs
lds (%eax),%ebx
les 8(%ebp),%esi
lfs (%ecx),%edx
lgs (%edx),%eax
lss 4(%esp),%esp
ljmp $0x10,$0x1234
ljmpw $0x10,$0x1234
ljmp *(%eax)
ljmpw *(%eax)
lcall $0x8,$0x100
lcall *0x8(%ebx)
lret
lretw
lret $8
sysenter
sysexit
syscall
sysret
cpuid
rdtsc
rdtscp
rdpmc
rdmsr
wrmsr
invd
wbinvd
invlpg (%eax)
invlpg 0x1000(,%eax,4)
invpcid (%eax),%ebx
xsetbv
rsm
monitor
mwait
clac
stac
sldt %eax
handler: ret
