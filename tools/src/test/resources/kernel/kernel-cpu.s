# The kernel's own low-level CPU code; assembled with the macro pack (or -mprevirt) in the pack builds,
# so every sensitive instruction here is a site. Every function is called by kernel_main, so every site
# in this file runs.

        .text
# void gdt_load(const void *gdtr): our GDT, a far jump into its code segment, then every data segment
# register reloaded (fs and gs with the third descriptor, so the transcript shows the reload happened).
        .globl gdt_load
gdt_load:
        mov 4(%esp), %eax
        lgdt (%eax)
        ljmp $0x08, $1f
1:      mov $0x10, %ax
        mov %ax, %ds
        mov %ax, %es
        mov %ax, %ss
        mov $0x18, %ax
        mov %ax, %fs
        mov %ax, %gs
        ret

# void idt_load(const void *idtr)
        .globl idt_load
idt_load:
        mov 4(%esp), %eax
        lidt (%eax)
        ret

# void segs_read(uint16_t out[6]): cs, ds, es, fs, gs, ss
        .globl segs_read
segs_read:
        mov 4(%esp), %eax
        mov %cs, 0(%eax)
        mov %ds, 2(%eax)
        mov %es, 4(%eax)
        mov %fs, 6(%eax)
        mov %gs, 8(%eax)
        mov %ss, 10(%eax)
        ret

# uint32_t seg_stack(void): es as loaded by push %fs / pop %es (low half) and the selector push %cs
# pushed (high half); es is restored from ds through the stack as well.
        .globl seg_stack
seg_stack:
        push %fs
        pop %es
        xor %eax, %eax
        mov %es, %ax
        push %cs
        pop %ecx
        shl $16, %ecx
        or %ecx, %eax
        push %ds
        pop %es
        ret

# uint32_t int30_raise(uint32_t v): int $0x30; the handler transforms %eax.
        .globl int30_raise
int30_raise:
        mov 4(%esp), %eax
        int $0x30
        ret

        .globl int30_handler
int30_handler:
        incl int30_calls
        xor $0x5a5a5a5a, %eax
        iret

        .bss
        .balign 4
        .globl int30_calls
int30_calls:
        .long 0

        .section .note.GNU-stack, "", @progbits    # no executable stack wanted
