/* generated/x86-32/previrt-sites.h -- generated from templates/sites.h.ftl by `tools/previrt generate`; do not edit.
 * Source of truth: the YAML files of isa-specs/. previrt 0.1.0.
 *
 * Record layouts and kind ids of previrt sites, for in-place loaders. */
#ifndef PREVIRT_SITES_H
#define PREVIRT_SITES_H

#include <stdint.h>

/* Section .afterburn (both packs, L4Ka layout): one record per site; [start, end) covers the site.
 *
 * Site layout. Usually the original instruction, then padding up to the form's scratch size:
 *     [insn][padding]
 * Forms with an interrupt shadow (PREVIRT_SHADOW_TABLE: sti, mov to %ss, pop %ss) hold interrupts
 * for the one instruction after them, so nothing may come between them and it; their padding goes
 * first and the site ENDS with the instruction:
 *     [padding][insn]
 * Padding is one NOP from PREVIRT_NOPS (any length up to PREVIRT_NOP_LONGEST) or, when longer,
 * `jmp rel8` (PREVIRT_NOP_JUMP, rel8 = padding length - 2) over such NOPs: on bare hardware a site
 * executes at most one padding instruction. Every pattern is a NOP in 16- and 32-bit code.
 * Objects built with PREVIRT_NOP1 / -mprevirt-nop1 pad with 0x90 bytes only.
 *
 * A loader that decodes from the site start (L4Ka style) must first skip padding: a jmp rel8 whose
 * target is inside the site, or NOPs of PREVIRT_NOPS, and decode the instruction after it (typed
 * records give insn_off directly). Rewriting a shadow site, the replacement must keep the shadow:
 * the emulation of sti may deliver a pending virtual interrupt only after the instruction that
 * follows the site has run (e.g. emulate `sti; hlt` as one unit), and an emulated mov/pop to %ss must
 * not take an interrupt before the next instruction. Records in sections the kernel copies or
 * frees (Linux: .altinstr_replacement, .init.text) describe bytes that are not the code run there. */
struct previrt_site {
    uint32_t start;
    uint32_t end;
};

/* Section .afterburn.typed (previrt-typed.inc, -mprevirt=typed): the same site with its kind. */
struct previrt_typed_site {
    uint32_t start;
    uint32_t end;
    uint16_t kind;   /* the form's kind id, one of PREVIRT_KIND_* */
    uint8_t insn_len;   /* bytes of the original instruction, prefixes included */
    uint8_t insn_off;   /* where the instruction starts: start + insn_off (0 unless padding is first) */
};

#define PREVIRT_SECTION       ".afterburn"
#define PREVIRT_TYPED_SECTION ".afterburn.typed"
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
_Static_assert(sizeof(struct previrt_site) == 8, "records.yaml: .afterburn records are 8 bytes");
_Static_assert(sizeof(struct previrt_typed_site) == 12, "records.yaml: .afterburn.typed records are 12 bytes");
#endif

enum previrt_privilege {
    PREVIRT_PRIV_PRIVILEGED = 0,   /* privileged */
    PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED = 1,   /* sensitive-unprivileged */
    PREVIRT_PRIV_UMIP = 2,   /* umip */
};

/* Kind ids, grouped by family (isa-specs/<family>.yaml). */
/* cache-tlb: cache and TLB maintenance */
#define PREVIRT_KIND_INVD                        0x0801  /* 0f 08; discards caches without write-back; would corrupt other guests' memory */
#define PREVIRT_KIND_WBINVD                      0x0802  /* 0f 09; writes back and invalidates all caches of the physical CPU */
#define PREVIRT_KIND_WBNOINVD                    0x0803  /* [f3] 0f 09; writes back all caches of the physical CPU */
#define PREVIRT_KIND_INVLPG                      0x0804  /* 0f 01 /7 mem; flushes a TLB entry; shadow page tables must follow */
#define PREVIRT_KIND_INVPCID                     0x0805  /* [66] 0f 38 82 /r mem; invalidates TLB entries by PCID; shadow page tables must follow */
/* counters-msr: model-specific registers, time-stamp and performance counters */
#define PREVIRT_KIND_RDMSR                       0x0901  /* 0f 32; reads a model-specific register of the physical CPU */
#define PREVIRT_KIND_WRMSR                       0x0902  /* 0f 30; writes a model-specific register of the physical CPU */
#define PREVIRT_KIND_RDPMC                       0x0903  /* 0f 33; reads host performance counters; allowed outside ring 0 when CR4.PCE is set */
#define PREVIRT_KIND_RDTSC                       0x0904  /* 0f 31; reads the host time-stamp counter; virtual time needs an offset */
#define PREVIRT_KIND_RDTSCP                      0x0905  /* 0f 01 f9; reads the host time-stamp counter and TSC_AUX */
/* far-pointer-load: load a far pointer into a segment register and a general register */
#define PREVIRT_KIND_LDS                         0x1001  /* c5 /r mem; loads DS from memory; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_LES                         0x1002  /* c4 /r mem; loads ES from memory; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_LFS                         0x1003  /* 0f b4 /r mem; loads FS from memory; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_LGS                         0x1004  /* 0f b5 /r mem; loads GS from memory; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_LSS                         0x1005  /* 0f b2 /r mem; loads SS from memory; the descriptor comes from the guest's shadowed tables */
/* far-transfer: ljmp, lcall, lret */
#define PREVIRT_KIND_LJMP_PTR                    0x0f01  /* o32 ea cp; loads CS from an immediate selector */
#define PREVIRT_KIND_LJMP_PTR_16                 0x0f02  /* o16 ea iw iw; loads CS from an immediate selector (16-bit offset) */
#define PREVIRT_KIND_LJMP_MEM                    0x0f03  /* o32 ff /5 mem; loads CS from a far pointer in memory */
#define PREVIRT_KIND_LJMP_MEM_16                 0x0f04  /* o16 ff /5 mem; loads CS from a 16:16 far pointer in memory */
#define PREVIRT_KIND_LCALL_PTR                   0x0f05  /* o32 9a cp; loads CS from an immediate selector and pushes the old CS */
#define PREVIRT_KIND_LCALL_PTR_16                0x0f06  /* o16 9a iw iw; loads CS from an immediate selector (16-bit offset) */
#define PREVIRT_KIND_LCALL_MEM                   0x0f07  /* o32 ff /3 mem; loads CS from a far pointer in memory */
#define PREVIRT_KIND_LCALL_MEM_16                0x0f08  /* o16 ff /3 mem; loads CS from a 16:16 far pointer in memory */
#define PREVIRT_KIND_LRET                        0x0f09  /* o32 cb; pops CS; privilege checks see the real ring */
#define PREVIRT_KIND_LRET_16                     0x0f0a  /* o16 cb; pops a 16-bit CS frame */
#define PREVIRT_KIND_LRET_IMM                    0x0f0b  /* o32 ca iw; pops CS and releases stack bytes */
#define PREVIRT_KIND_LRET_IMM_16                 0x0f0c  /* o16 ca iw; pops a 16-bit CS frame and releases stack bytes */
/* fast-syscall: sysenter, sysexit, syscall, sysret */
#define PREVIRT_KIND_SYSENTER                    0x0e01  /* 0f 34; enters ring 0 through MSRs the hypervisor owns */
#define PREVIRT_KIND_SYSEXIT                     0x0e02  /* 0f 35; returns to ring 3 through MSRs the hypervisor owns */
#define PREVIRT_KIND_SYSCALL                     0x0e03  /* 0f 05; enters ring 0 through MSRs the hypervisor owns */
#define PREVIRT_KIND_SYSRET                      0x0e04  /* 0f 07; returns to ring 3 through MSRs the hypervisor owns */
/* flags-register: push and pop EFLAGS */
#define PREVIRT_KIND_PUSHF                       0x0201  /* o32 9c; reveals the real IF and IOPL to a deprivileged guest */
#define PREVIRT_KIND_PUSHF_16                    0x0202  /* o16 9c; 16-bit push of FLAGS; reveals the real IF and IOPL */
#define PREVIRT_KIND_POPF                        0x0203  /* o32 9d; silently ignores IF and IOPL changes outside ring 0 instead of faulting */
#define PREVIRT_KIND_POPF_16                     0x0204  /* o16 9d; 16-bit pop of FLAGS; silently ignores IF changes outside ring 0 */
/* halt: halt the processor */
#define PREVIRT_KIND_HLT                         0x0401  /* f4; stops the CPU until an interrupt; a guest must yield to the hypervisor instead */
/* interrupt-flag: set and clear EFLAGS.IF */
#define PREVIRT_KIND_CLI                         0x0101  /* fa; clears EFLAGS.IF; faults when CPL > IOPL, so a deprivileged guest cannot run it */
#define PREVIRT_KIND_STI                         0x0102  /* fb; sets EFLAGS.IF and opens the interrupt shadow; must deliver pending virtual interrupts */
/* interrupt-return: return from interrupt */
#define PREVIRT_KIND_IRET                        0x0301  /* o32 cf; restores EFLAGS (IF, IOPL) and CS privilege; behaves differently outside ring 0 */
#define PREVIRT_KIND_IRET_16                     0x0302  /* o16 cf; 16-bit interrupt return; restores FLAGS and CS privilege */
/* machine-status: machine status word and task-switched flag */
#define PREVIRT_KIND_SMSW                        0x0601  /* 0f 01 /4; reads the low bits of the real CR0 without faulting */
#define PREVIRT_KIND_LMSW                        0x0602  /* 0f 01 /6; writes CR0.PE/MP/EM/TS; CR0 belongs to the hypervisor */
#define PREVIRT_KIND_CLTS                        0x0603  /* 0f 06; clears CR0.TS for lazy FPU switching; must act on the virtual CR0 */
/* port-io: in and out, immediate port and %dx port */
#define PREVIRT_KIND_IN_IMM_B                    0x0b01  /* e4 ib; reads a byte from a fixed I/O port */
#define PREVIRT_KIND_IN_IMM_W                    0x0b02  /* o16 e5 ib; reads a word from a fixed I/O port */
#define PREVIRT_KIND_IN_IMM_L                    0x0b03  /* o32 e5 ib; reads a dword from a fixed I/O port */
#define PREVIRT_KIND_IN_DX_B                     0x0b04  /* ec; reads a byte from the I/O port in %dx */
#define PREVIRT_KIND_IN_DX_W                     0x0b05  /* o16 ed; reads a word from the I/O port in %dx */
#define PREVIRT_KIND_IN_DX_L                     0x0b06  /* o32 ed; reads a dword from the I/O port in %dx */
#define PREVIRT_KIND_OUT_IMM_B                   0x0b07  /* e6 ib; writes a byte to a fixed I/O port */
#define PREVIRT_KIND_OUT_IMM_W                   0x0b08  /* o16 e7 ib; writes a word to a fixed I/O port */
#define PREVIRT_KIND_OUT_IMM_L                   0x0b09  /* o32 e7 ib; writes a dword to a fixed I/O port */
#define PREVIRT_KIND_OUT_DX_B                    0x0b0a  /* ee; writes a byte to the I/O port in %dx */
#define PREVIRT_KIND_OUT_DX_W                    0x0b0b  /* o16 ef; writes a word to the I/O port in %dx */
#define PREVIRT_KIND_OUT_DX_L                    0x0b0c  /* o32 ef; writes a dword to the I/O port in %dx */
/* processor-control: identification, extended state, SMM, monitor/mwait and SMAP */
#define PREVIRT_KIND_CPUID                       0x0a01  /* 0f a2; reports host features; a guest must see the virtual CPU's */
#define PREVIRT_KIND_XSETBV                      0x0a02  /* 0f 01 d1; writes XCR0, which the hypervisor shares between guests */
#define PREVIRT_KIND_RSM                         0x0a03  /* 0f aa; leaves system-management mode */
#define PREVIRT_KIND_MONITOR                     0x0a04  /* 0f 01 c8; arms address monitoring on the physical CPU */
#define PREVIRT_KIND_MWAIT                       0x0a05  /* 0f 01 c9; idles the physical CPU; a guest must yield instead */
#define PREVIRT_KIND_CLAC                        0x0a06  /* 0f 01 ca; clears EFLAGS.AC to re-enable SMAP */
#define PREVIRT_KIND_STAC                        0x0a07  /* 0f 01 cb; sets EFLAGS.AC to suspend SMAP */
/* segment-checks: access-rights and limit checks on selectors */
#define PREVIRT_KIND_LAR                         0x0701  /* 0f 02 /r; reads access rights from the real descriptor tables */
#define PREVIRT_KIND_LSL                         0x0702  /* 0f 03 /r; reads a segment limit from the real descriptor tables */
#define PREVIRT_KIND_VERR                        0x0703  /* 0f 00 /4; checks readability against the real descriptor tables and CPL */
#define PREVIRT_KIND_VERW                        0x0704  /* 0f 00 /5; checks writability against the real descriptor tables and CPL */
#define PREVIRT_KIND_ARPL                        0x0705  /* 63 /r; adjusts a selector's RPL; a deprivileged kernel sees its own RPL change */
/* segment-stack: push and pop segment registers */
#define PREVIRT_KIND_PUSH_ES                     0x1101  /* 06; pushes the real ES selector, whose RPL reveals the ring */
#define PREVIRT_KIND_PUSH_CS                     0x1102  /* 0e; pushes the real CS selector, whose RPL reveals the ring */
#define PREVIRT_KIND_PUSH_SS                     0x1103  /* 16; pushes the real SS selector, whose RPL reveals the ring */
#define PREVIRT_KIND_PUSH_DS                     0x1104  /* 1e; pushes the real DS selector, whose RPL reveals the ring */
#define PREVIRT_KIND_PUSH_FS                     0x1105  /* 0f a0; pushes the real FS selector, whose RPL reveals the ring */
#define PREVIRT_KIND_PUSH_GS                     0x1106  /* 0f a8; pushes the real GS selector, whose RPL reveals the ring */
#define PREVIRT_KIND_POP_ES                      0x1107  /* 07; loads ES; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_POP_SS                      0x1108  /* 17; loads SS; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_POP_DS                      0x1109  /* 1f; loads DS; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_POP_FS                      0x110a  /* 0f a1; loads FS; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_POP_GS                      0x110b  /* 0f a9; loads GS; the descriptor comes from the guest's shadowed tables */
/* software-interrupt: int n, int3, into, int1 */
#define PREVIRT_KIND_INT                         0x0d01  /* cd ib; vectors through the real IDT; system calls must reach the guest kernel */
#define PREVIRT_KIND_INT3                        0x0d02  /* cc; breakpoint trap through the real IDT */
#define PREVIRT_KIND_INTO                        0x0d03  /* ce; overflow trap through the real IDT */
#define PREVIRT_KIND_INT1                        0x0d04  /* f1; debug trap (ICEBP) through the real IDT */
/* special-mov: mov to and from control, debug, test and segment registers */
#define PREVIRT_KIND_MOV_FROM_CREG               0x1201  /* 0f 20 /r ignored; reads a control register owned by the hypervisor */
#define PREVIRT_KIND_MOV_TO_CREG                 0x1202  /* 0f 22 /r ignored; writes a control register: paging, protection, caching */
#define PREVIRT_KIND_MOV_FROM_DREG               0x1203  /* 0f 21 /r ignored; reads a debug register of the physical CPU */
#define PREVIRT_KIND_MOV_TO_DREG                 0x1204  /* 0f 23 /r ignored; writes a debug register of the physical CPU */
#define PREVIRT_KIND_MOV_FROM_TREG               0x1205  /* 0f 24 /r ignored; reads a 386/486 test register */
#define PREVIRT_KIND_MOV_TO_TREG                 0x1206  /* 0f 26 /r ignored; writes a 386/486 test register */
#define PREVIRT_KIND_MOV_FROM_SREG               0x1207  /* 8c /r reg=0,1,2,3,4,5; reads a real selector, whose RPL reveals the ring */
#define PREVIRT_KIND_MOV_TO_SS                   0x1209  /* 8e /2; loads SS and holds interrupts for one instruction; the descriptor comes from the guest's shadowed tables */
#define PREVIRT_KIND_MOV_TO_SREG                 0x1208  /* 8e /r reg=0,1,3,4,5; loads a segment; the descriptor comes from the guest's shadowed tables */
/* string-io: ins and outs */
#define PREVIRT_KIND_INSB                        0x0c01  /* 6c; reads a byte string from the I/O port in %dx */
#define PREVIRT_KIND_INSW                        0x0c02  /* o16 6d; reads a word string from the I/O port in %dx */
#define PREVIRT_KIND_INSL                        0x0c03  /* o32 6d; reads a dword string from the I/O port in %dx */
#define PREVIRT_KIND_OUTSB                       0x0c04  /* 6e; writes a byte string to the I/O port in %dx */
#define PREVIRT_KIND_OUTSW                       0x0c05  /* o16 6f; writes a word string to the I/O port in %dx */
#define PREVIRT_KIND_OUTSL                       0x0c06  /* o32 6f; writes a dword string to the I/O port in %dx */
/* system-tables: load and store GDTR, IDTR, LDTR and TR */
#define PREVIRT_KIND_LGDT                        0x0501  /* o32 0f 01 /2 mem; loads the GDT base and limit; the guest's table must be shadowed */
#define PREVIRT_KIND_LGDT_16                     0x0502  /* o16 0f 01 /2 mem; loads a 24-bit GDT base and limit */
#define PREVIRT_KIND_LIDT                        0x0503  /* o32 0f 01 /3 mem; loads the IDT base and limit; the hypervisor owns the real IDT */
#define PREVIRT_KIND_LIDT_16                     0x0504  /* o16 0f 01 /3 mem; loads a 24-bit IDT base and limit */
#define PREVIRT_KIND_SGDT                        0x0505  /* o32 0f 01 /0 mem; stores the real GDTR, revealing the hypervisor's table */
#define PREVIRT_KIND_SGDT_16                     0x0506  /* o16 0f 01 /0 mem; stores the real GDTR (16-bit operand size) */
#define PREVIRT_KIND_SIDT                        0x0507  /* o32 0f 01 /1 mem; stores the real IDTR, revealing the hypervisor's table */
#define PREVIRT_KIND_SIDT_16                     0x0508  /* o16 0f 01 /1 mem; stores the real IDTR (16-bit operand size) */
#define PREVIRT_KIND_LLDT                        0x0509  /* 0f 00 /2; loads LDTR; the selector must be translated to the shadow GDT */
#define PREVIRT_KIND_SLDT                        0x050a  /* 0f 00 /0; stores the real LDTR selector */
#define PREVIRT_KIND_LTR                         0x050b  /* 0f 00 /3; loads the task register; marks a TSS busy in the real GDT */
#define PREVIRT_KIND_STR                         0x050c  /* 0f 00 /1; stores the real task-register selector */

#define PREVIRT_KIND_COUNT 109

/* Scratch size (bytes of a whole site) per kind. */
#define PREVIRT_SCRATCH_TABLE(X) \
    X(PREVIRT_KIND_INVD, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_WBINVD, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_WBNOINVD, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_INVLPG, 9, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_INVPCID, 13, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_RDMSR, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_WRMSR, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_RDPMC, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_RDTSC, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_RDTSCP, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LDS, 18, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LES, 18, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LFS, 19, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LGS, 19, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LSS, 19, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LJMP_PTR, 16, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LJMP_PTR_16, 16, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LJMP_MEM, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LJMP_MEM_16, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LCALL_PTR, 15, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LCALL_PTR_16, 15, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LCALL_MEM, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LCALL_MEM_16, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LRET, 5, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LRET_16, 5, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LRET_IMM, 7, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LRET_IMM_16, 7, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_SYSENTER, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_SYSEXIT, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_SYSCALL, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_SYSRET, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_PUSHF, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSHF_16, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POPF, 22, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POPF_16, 22, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_HLT, 7, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_CLI, 8, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_STI, 24, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IRET, 5, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_IRET_16, 5, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_SMSW, 11, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_LMSW, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_CLTS, 16, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_IMM_B, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_IMM_W, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_IMM_L, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_DX_B, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_DX_W, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_IN_DX_L, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_IMM_B, 18, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_IMM_W, 18, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_IMM_L, 18, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_DX_B, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_DX_W, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUT_DX_L, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_CPUID, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_XSETBV, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_RSM, 10, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MONITOR, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MWAIT, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_CLAC, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_STAC, 11, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_LAR, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_LSL, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_VERR, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_VERW, 11, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_ARPL, 10, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_ES, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_CS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_SS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_DS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_FS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_PUSH_GS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POP_ES, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POP_SS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POP_DS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POP_FS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_POP_GS, 6, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_INT, 13, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_INT3, 12, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_INTO, 12, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_INT1, 12, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_MOV_FROM_CREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_TO_CREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_FROM_DREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_TO_DREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_FROM_TREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_TO_TREG, 15, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_MOV_FROM_SREG, 14, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_MOV_TO_SS, 14, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_MOV_TO_SREG, 14, PREVIRT_PRIV_SENSITIVE_UNPRIVILEGED) \
    X(PREVIRT_KIND_INSB, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_INSW, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_INSL, 14, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUTSB, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUTSW, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_OUTSL, 17, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_LGDT, 12, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_LGDT_16, 12, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_LIDT, 12, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_LIDT_16, 12, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_SGDT, 11, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_SGDT_16, 11, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_SIDT, 11, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_SIDT_16, 11, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_LLDT, 19, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_SLDT, 9, PREVIRT_PRIV_UMIP) \
    X(PREVIRT_KIND_LTR, 19, PREVIRT_PRIV_PRIVILEGED) \
    X(PREVIRT_KIND_STR, 12, PREVIRT_PRIV_UMIP) \
    /* end */

/* Forms whose padding comes first (interrupt shadow): kind, NOP bytes before the instruction. */
#define PREVIRT_SHADOW_TABLE(X) \
    X(PREVIRT_KIND_STI, 23) \
    X(PREVIRT_KIND_POP_SS, 5) \
    X(PREVIRT_KIND_MOV_TO_SS, 12) \
    /* end */

/* Forms that are not sites by default (isa-specs key not-a-site): kind ids kept for decoders. */
#define PREVIRT_NOT_A_SITE_TABLE(X) \
    X(PREVIRT_KIND_INT3) /* a trap through the IDT, which the hypervisor owns; code measures and inspects int3 bytes (ALTERNATIVE lengths, static-call and text_poke signatures) */ \
    X(PREVIRT_KIND_INTO) /* a trap through the IDT, which the hypervisor owns; a one-byte trap like int3 */ \
    X(PREVIRT_KIND_INT1) /* a debug trap through the IDT, which the hypervisor owns; a one-byte trap like int3 */ \
    /* end */

/* Padding patterns (isa-specs/vocabulary/nops.yaml): row N-1 is one NOP of N bytes. */
#define PREVIRT_NOP_LONGEST 7
#define PREVIRT_NOP_JUMP    0xeb
#define PREVIRT_NOPS { \
    { 0x90 }, /* nop */ \
    { 0x66, 0x90 }, /* xchg %ax,%ax */ \
    { 0x0f, 0x1f, 0x00 }, /* nopl (%eax) */ \
    { 0x0f, 0x1f, 0x40, 0x00 }, /* nopl 0x0(%eax) */ \
    { 0x66, 0x0f, 0x1f, 0x40, 0x00 }, /* nopw 0x0(%eax) */ \
    { 0x66, 0x2e, 0x0f, 0x1f, 0x40, 0x00 }, /* nopw %cs:0x0(%eax) */ \
    { 0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x40, 0x00 }, /* data16 nopw %cs:0x0(%eax) */ \
}

#endif /* PREVIRT_SITES_H */
