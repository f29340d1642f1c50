# Entry of the boot-test kernel. It boots on bare hardware (a multiboot header) and through the
# in-place monitor (tools/previrt monitor), which loads it as an ELF module and enters it by Linux's
# 32-bit boot protocol; the kernel needs neither's registers. Assembled with stock as: no sites here.

        .set MB_MAGIC, 0x1badb002
        .set MB_FLAGS, 0
        .section .multiboot, "a"
        .balign 4
        .long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

        .text
        .globl _start
_start:
        mov $stack_top, %esp
        call kernel_main
        jmp kernel_fatal                # kernel_main exits through isa-debug-exit and never returns

# Every vector but 0x30 in the kernel's own IDT: the test does not expect it.
        .globl kernel_fatal
kernel_fatal:
        cld
        call kernel_unexpected          # does not return

        .bss
        .balign 16
        .skip 16384
stack_top:

        .section .note.GNU-stack, "", @progbits    # no executable stack wanted
