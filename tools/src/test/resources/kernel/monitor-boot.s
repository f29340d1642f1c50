# Entry of the boot-test kernel and the in-place monitor's trap entries. Always assembled with stock as:
# this is the monitor, not the kernel it serves, so it has no sites of its own.

        .set MB_MAGIC, 0x1badb002
        .set MB_FLAGS, 0
        .section .multiboot, "a"
        .balign 4
        .long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

        .text
        .globl _start
_start:
        cli
        mov $stack_top, %esp
        # Our own flat GDT with the selectors the kernel's GDT also uses (0x08 code, 0x10 data), so
        # the monitor's gates stay valid while the kernel switches to its own tables.
        lgdt monitor_gdtr
        ljmp $0x08, $1f
1:      mov $0x10, %ax
        mov %ax, %ds
        mov %ax, %es
        mov %ax, %fs
        mov %ax, %gs
        mov %ax, %ss
        call monitor_init               # returns the IDTR to load: int3 must reach us before any site runs
        lidt (%eax)
        call kernel_main
        jmp monitor_fatal               # kernel_main exits through isa-debug-exit and never returns

# int3 at a rewritten site: the CPU pushed EFLAGS, CS and the address after the int3. monitor_trap
# returns where to continue (the site's trampoline); iret restores the kernel's own flags there.
        .globl monitor_int3
monitor_int3:
        pusha
        cld
        pushl 32(%esp)
        call monitor_trap
        add $4, %esp
        mov %eax, 32(%esp)
        popa
        iret

# Any other vector: the kernel did something the test does not expect.
        .globl monitor_fatal
monitor_fatal:
        cld
        call monitor_unexpected         # does not return

        .section .rodata
        .balign 8
monitor_gdt:
        .quad 0
        .quad 0x00cf9a000000ffff        # 0x08: flat 32-bit code
        .quad 0x00cf92000000ffff        # 0x10: flat data
monitor_gdtr:
        .word monitor_gdtr - monitor_gdt - 1
        .long monitor_gdt

        .bss
        .balign 16
        .skip 16384
stack_top:

        .section .note.GNU-stack, "", @progbits    # no executable stack wanted
