# Loops for tools/bench/padding-cost.sh. Assembled twice: by stock `as --32` and with the macro
# pack before it; objcopy then prefixes the symbols with stock_ / padded_. Each function
# `void b_NAME(unsigned n)` runs its body UNROLL times per iteration, n iterations; the body's
# sensitive instructions are the sites, the rest (stack fix-ups, setup) is ordinary code.
# The C driver (bench.c) keeps the table of rows; the names here must match it.

        .set UNROLL, 8

        .macro prologue name
        .text
        .globl b_\name
        .type b_\name, @function
        .p2align 4
b_\name:
        pushl %ebp
        pushl %ebx
        pushl %esi
        pushl %edi
        movl 20(%esp), %ebp
        movl %ds, %esi                  # a valid selector for lsl/lar/verr/verw/mov to %ds
        pushfl
        popl %ebx                       # the current EFLAGS, for popf
        .endm

# the loop starts here, after the row's own setup: the bodies lie between _top and _bend
        .macro loop name
        .p2align 4
        .globl b_\name\()_top
b_\name\()_top:
        .endm

        .macro epilogue name
        .globl b_\name\()_bend
b_\name\()_bend:
        decl %ebp
        jnz b_\name\()_top
        popl %edi
        popl %esi
        popl %ebx
        popl %ebp
        ret
        .size b_\name, . - b_\name
        .endm

        .bss
        .balign 8
tables: .skip 16                        # sgdt/sidt store 6 bytes here
farptr: .skip 8                         # offset, selector for lcall *farptr
        .text

# the loop alone: what every row pays besides its body
        prologue nop
        loop nop
        .rept UNROLL
        nop
        .endr
        epilogue nop

        prologue pushf
        loop pushf
        .rept UNROLL
        pushf
        addl $4, %esp
        .endr
        epilogue pushf

        prologue popf
        loop popf
        .rept UNROLL
        pushl %ebx
        popf
        .endr
        epilogue popf

        prologue pushf_popf
        loop pushf_popf
        .rept UNROLL
        pushf
        popf
        .endr
        epilogue pushf_popf

        prologue cpuid
        loop cpuid
        .rept UNROLL
        xorl %eax, %eax
        cpuid
        .endr
        epilogue cpuid

        prologue rdtsc
        loop rdtsc
        .rept UNROLL
        rdtsc
        .endr
        epilogue rdtsc

        prologue rdtscp
        loop rdtscp
        .rept UNROLL
        rdtscp
        .endr
        epilogue rdtscp

        prologue rdpmc
        xorl %ecx, %ecx
        loop rdpmc
        .rept UNROLL
        rdpmc
        .endr
        epilogue rdpmc

        prologue lsl
        loop lsl
        .rept UNROLL
        lsl %esi, %eax
        .endr
        epilogue lsl

        prologue lar
        loop lar
        .rept UNROLL
        lar %esi, %eax
        .endr
        epilogue lar

        prologue verr
        loop verr
        .rept UNROLL
        verr %si
        .endr
        epilogue verr

        prologue verw
        loop verw
        .rept UNROLL
        verw %si
        .endr
        epilogue verw

        prologue arpl
        loop arpl
        .rept UNROLL
        movl %esi, %eax
        arpl %si, %ax
        .endr
        epilogue arpl

        prologue smsw
        loop smsw
        .rept UNROLL
        smsw %eax
        .endr
        epilogue smsw

        prologue str
        loop str
        .rept UNROLL
        str %eax
        .endr
        epilogue str

        prologue sldt
        loop sldt
        .rept UNROLL
        sldt %eax
        .endr
        epilogue sldt

        prologue sgdt
        loop sgdt
        .rept UNROLL
        sgdt tables
        .endr
        epilogue sgdt

        prologue sidt
        loop sidt
        .rept UNROLL
        sidt tables
        .endr
        epilogue sidt

        prologue mov_from_ds
        loop mov_from_ds
        .rept UNROLL
        movl %ds, %eax
        .endr
        epilogue mov_from_ds

        prologue mov_from_cs
        loop mov_from_cs
        .rept UNROLL
        mov %cs, %eax
        .endr
        epilogue mov_from_cs

        prologue mov_to_ds
        loop mov_to_ds
        .rept UNROLL
        movw %si, %ds
        .endr
        epilogue mov_to_ds

        prologue push_pop_ds
        loop push_pop_ds
        .rept UNROLL
        push %ds
        pop %ds
        .endr
        epilogue push_pop_ds

        prologue push_pop_es
        loop push_pop_es
        .rept UNROLL
        push %es
        pop %es
        .endr
        epilogue push_pop_es

        prologue push_pop_ss
        loop push_pop_ss
        .rept UNROLL
        push %ss
        pop %ss
        .endr
        epilogue push_pop_ss

        prologue push_cs
        loop push_cs
        .rept UNROLL
        push %cs
        addl $4, %esp
        .endr
        epilogue push_cs

        prologue lret
        loop lret
        .rept UNROLL
        push %cs
        pushl $1f
        lret
1:
        .endr
        epilogue lret

        prologue lcall
        movl $far_target, farptr
        movw %cs, farptr+4
        loop lcall
        .rept UNROLL
        lcall *farptr
        .endr
        epilogue lcall

        prologue iret
        loop iret
        .rept UNROLL
        pushfl
        push %cs
        pushl $1f
        iret
1:
        .endr
        epilogue iret

        prologue int80
        loop int80
        .rept UNROLL
        movl $20, %eax                  # getpid
        int $0x80
        .endr
        epilogue int80

        prologue cli
        loop cli
        .rept UNROLL
        cli
        .endr
        epilogue cli

        prologue in
        loop in
        .rept UNROLL
        inb $0x80, %al
        .endr
        epilogue in

# the far call's target: a far return (a site of its own)
        .p2align 4
far_target:
        lret
        .globl far_target_end
far_target_end:
