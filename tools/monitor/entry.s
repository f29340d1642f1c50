# The in-place monitor's entry points: the multiboot header, the start-up code, the 256 trap entries
# and the two ways back into the guest (iret to the frame, or forwarding to the guest's own handler).
# Assembled with stock as: the monitor is the hypervisor's code and has no sites of its own.

        .set MB_MAGIC, 0x1badb002
        .set MB_FLAGS, 0x3                      # page-aligned modules, memory map in the info
        .section .multiboot, "a"
        .balign 4
        .long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

        .text
        .globl _start
_start:
        cli
        mov $monitor_stack_top, %esp
        # The GDT of Linux's 32-bit boot protocol: flat code at 0x10 (__BOOT_CS), flat data at 0x18
        # (__BOOT_DS). Any guest is entered with it.
        lgdt monitor_gdtr
        ljmp $0x10, $1f
1:      mov $0x18, %cx
        mov %cx, %ds
        mov %cx, %es
        mov %cx, %fs
        mov %cx, %gs
        mov %cx, %ss
        push %ebx                               # multiboot info
        push %eax                               # multiboot magic
        call monitor_main                       # loads and rewrites the guest; returns its entry
        # monitor_main left the boot-protocol registers in monitor_entry_regs
        mov monitor_entry_regs + 0, %esi        # boot_params
        xor %ebp, %ebp
        xor %edi, %edi
        xor %ebx, %ebx
        push $0x10
        push %eax
        xor %eax, %eax
        lret                                    # into the guest at its entry, CS = __BOOT_CS

# Trap entries. The CPU pushed EFLAGS, CS, EIP (no stack switch: monitor and guest both run in
# ring 0) and, for some exceptions, an error code. Each entry makes the frame uniform: an error code
# (0 where the CPU pushes none), then the vector.
        .macro entry vector
        .balign 16                              # monitor.c finds entry v at monitor_entries + 16 * v
        .if (\vector == 8) || (\vector >= 10 && \vector <= 14) || (\vector == 17) || (\vector == 21)
        push $\vector
        .else
        push $0
        push $\vector
        .endif
        jmp monitor_common
        .endm

        .balign 16
        .globl monitor_entries
monitor_entries:
        .set v, 0
        .rept 256
        entry v
        .set v, v + 1
        .endr
        .globl monitor_entries_end
monitor_entries_end:

# Where call sites enter (monitor.rewrite=call): `call monitor_call_entry` at a site pushed the site
# start + 5. The frame an int3 at the site start would have made replaces it (EFLAGS where the return
# address was, CS, EIP = site start + 1, error code 0, vector 3), with IF cleared as an interrupt gate
# clears it, so monitor_trap handles both ways in alike.
        .globl monitor_call_entry
monitor_call_entry:
        pushf
        cli
        sub $12, %esp
        mov %eax, (%esp)                        # the guest's eax, until the frame is complete
        mov 16(%esp), %eax
        sub $4, %eax
        mov %eax, 8(%esp)                       # EIP: the site start + 1, as after its int3
        mov 12(%esp), %eax
        mov %eax, 16(%esp)                      # EFLAGS
        xor %eax, %eax
        mov %cs, %ax
        mov %eax, 12(%esp)                      # CS
        mov (%esp), %eax
        movl $0, 4(%esp)                        # error code
        movl $3, (%esp)                         # vector
        jmp monitor_common

# struct frame (monitor.h): the eight general registers in pusha order, vector, error code, EIP,
# CS, EFLAGS. monitor_trap returns 0 to resume the frame, 1 to deliver it to the guest's handler
# (monitor_forward: the far address; the error code is kept only where the CPU pushed one).
monitor_common:
        pusha
        cld
        push %esp
        call monitor_trap
        add $4, %esp
        test %eax, %eax
        jnz 2f
        popa
        add $8, %esp                            # vector and error code
        iret
2:      cmpl $0, monitor_forward_has_error
        popa
        lea 4(%esp), %esp                       # the vector; lea keeps the flags of the cmpl
        jnz 3f
        lea 4(%esp), %esp                       # no CPU error code: drop the placeholder
3:      testl $0x200, monitor_forward_sti
        jz 4f
        sti                                     # a trap gate keeps IF; the shadow covers the jump
4:      ljmp *monitor_forward

        .section .rodata
        .balign 8
monitor_gdt:
        .quad 0
        .quad 0
        .quad 0x00cf9a000000ffff                # 0x10: flat 32-bit code, ring 0
        .quad 0x00cf92000000ffff                # 0x18: flat data, ring 0
        .globl monitor_gdtr
monitor_gdtr:
        .word monitor_gdtr - monitor_gdt - 1
        .long monitor_gdt

        .bss
        .balign 16
        .skip 32768
        .globl monitor_stack_top
monitor_stack_top:

        .section .note.GNU-stack, "", @progbits
