/*
 * previrt's reference in-place monitor. Loaded by a multiboot loader (QEMU -kernel) with the guest
 * kernel as the first module (an ELF file: Linux's vmlinux or any ELF32 kernel) and an optional
 * initramfs as the second, it
 *   1. loads the guest's PT_LOAD segments at their physical addresses,
 *   2. reads and checks every .afterburn record (.afterburn.typed where present) from the ELF file,
 *   3. overwrites every site of the loaded image with int3 and NOPs,
 *   4. hands over by Linux's 32-bit boot protocol (boot_params in %esi, CS 0x10, DS 0x18),
 * and from then on owns the IDT: an int3 at a site runs the site's original bytes out of line (or
 * emulates the instruction where running it would give the monitor away), everything else goes to
 * the guest's own handler as the CPU would have delivered it. When the guest resets or powers off,
 * one "monitor:" line reports what happened.
 *
 * Guest kernel and monitor share ring 0, the address space and the stack: this is soft layering, the
 * minimal loader a hypervisor builds on, not isolation. The monitor stays reachable when Linux replaces
 * its page tables because every mov-to-%cr3 site first enters the monitor's identity map (map_monitor).
 *
 * Options in the command line (-append), removed before the guest sees it:
 *   monitor.rewrite=int3   the default: every site starts with int3
 *   monitor.rewrite=call   sites of 5 bytes or more enter the monitor by a `call` instead (no exception
 *                          on the way in) once they are known to run only at their link address:
 *                          at load where the segment's physical and link addresses are the same,
 *                          else at their first trap at the link address with paging on; the rest,
 *                          and the sites of .altinstr_replacement, keep int3
 *   monitor.rewrite=none   read and check the records, rewrite nothing, report before entering.
 */
#include <stdint.h>

#include "monitor.h"
#include "copies.h"
#include "sites.h"

#define MAX_SITES 8192
#define MAX_COPIES 2048
#define TRAMPOLINE 48           /* a site (<= 32 bytes), sti + hlt, and a 5-byte jmp */

static struct mon_image guest;
static struct mon_site sites[MAX_SITES];
static uint8_t trampolines[MAX_SITES][TRAMPOLINE] __attribute__((aligned(16)));
static uint8_t entered_by_call[MAX_SITES];
static uint32_t nsites, rewritten, by_call, skipped, distinct, traps, forwarded;
static struct mon_copy copies[MAX_COPIES];
static uint32_t ncopies;
static enum rewrite { REWRITE_INT3, REWRITE_CALL, REWRITE_NONE } how;
static int reported;

/* The guest's view of the descriptor-table registers; the real IDTR always holds the monitor's. */
static struct table_register guest_idtr;
static uint64_t idt[256] __attribute__((aligned(8)));
static uint16_t gate_cs = 0x10;

/* Read by entry.s on the way out of monitor_trap. */
struct far_pointer monitor_forward;
uint32_t monitor_forward_has_error, monitor_forward_sti;
uint32_t monitor_entry_regs[1];

/* Supervisor-only identity map of the monitor's first 8 MiB (its code, data and the guest's ELF file),
 * entered into every page directory the guest loads: Linux's own tables drop the identity map. */
static uint32_t identity_tables[2][1024] __attribute__((aligned(4096)));
#define LINUX_PAGE_OFFSET 0xc0000000u

static uint8_t boot_params[4096] __attribute__((aligned(4096)));
static char cmdline[2048];

extern const uint8_t monitor_entries[], monitor_call_entry[];
extern const uint8_t monitor_image_start[], monitor_image_end[];

/* ---- serial output (COM1, polled) ---- */

static uint8_t in8(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
    return v;
}

static void out8(uint16_t port, uint8_t v)
{
    __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static void emit(char c)
{
    for (int spin = 0; spin < 100000 && !(in8(0x3fd) & 0x20); spin++)
        ;
    out8(0x3f8, (uint8_t)c);
}

static void print(const char *s)
{
    while (*s)
        emit(*s++);
}

static void print_dec(uint32_t v)
{
    char b[11];
    int n = 0;
    do
        b[n++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (n)
        emit(b[--n]);
}

static void print_hex(uint32_t v)
{
    print("0x");
    for (int i = 28; i >= 0; i -= 4)
        emit("0123456789abcdef"[(v >> i) & 15]);
}

/* Leaves QEMU through isa-debug-exit where there is one, else resets through the keyboard controller. */
static __attribute__((noreturn)) void machine_off(uint8_t code)
{
    out8(0xf4, code);
    out8(0x64, 0xfe);
    for (;;)
        __asm__ volatile("cli; hlt");
}

static __attribute__((noreturn)) void die(const char *what, int32_t record, uint32_t addr)
{
    print("monitor: stopped: ");
    if (record >= 0) {
        print("record ");
        print_dec((uint32_t)record);
        print(" (");
        print_hex(addr);
        print("): ");
    }
    print(what);
    if (record < 0) {
        print(" (");
        print_hex(addr);
        print(")");
    }
    emit('\n');
    machine_off(0x7f);
}

static void copy(void *to, const void *from, uint32_t n)
{
    uint8_t *t = to;
    const uint8_t *f = from;
    while (n--)
        *t++ = *f++;
}

static void zero(void *to, uint32_t n)
{
    uint8_t *t = to;
    while (n--)
        *t++ = 0;
}

/* ---- the report ---- */

void monitor_report(void)
{
    if (reported)
        return;
    reported = 1;
    /* the five kinds that trapped most: a pass per place over the site table keeps this free of
     * any further table */
    uint16_t top[5] = {0};
    uint32_t top_n[5] = {0};
    for (int place = 0; place < 5; place++) {
        for (uint32_t i = 0; i < nsites; i++) {
            uint16_t k = sites[i].kind;
            int seen = 0;
            for (int p = 0; p < place; p++)
                seen |= top[p] == k;
            if (seen)
                continue;
            uint32_t sum = 0;
            for (uint32_t j = 0; j < nsites; j++)
                if (sites[j].kind == k)
                    sum += sites[j].traps;
            if (sum > top_n[place]) {
                top[place] = k;
                top_n[place] = sum;
            }
        }
    }
    print("monitor: ");
    print_dec(guest.nrecords);
    print(" records, ");
    print_dec(rewritten);
    print(" rewritten (");
    print_dec(by_call);
    print(" by call), ");
    print_dec(skipped);
    print(" skipped, ");
    uint32_t copied = 0;      /* distinct sites that trapped where Linux had copied them */
    for (uint32_t i = 0; i < nsites; i++)
        copied += sites[i].use == MON_COPIED && sites[i].traps != 0;
    print_dec(distinct);
    print(" sites taken (");
    print_dec(copied);
    print(" copied), ");
    print_dec(traps);
    print(" traps (");
    for (int p = 0; p < 5 && top_n[p]; p++) {
        if (p)
            print(", ");
        print(mon_kind_name(top[p]));
        emit(' ');
        print_dec(top_n[p]);
    }
    print("), ");
    print_dec(forwarded);
    print(" forwarded\n");
}

/* ---- the IDT ---- */

static void set_gates(uint16_t cs)
{
    gate_cs = cs;
    for (int v = 0; v < 256; v++) {
        uint32_t a = (uint32_t)(monitor_entries + 16 * v);
        /* present, 32-bit interrupt gate (the monitor always starts with IF clear), DPL 3: ring 3 may
         * raise any vector the guest's gate allows (int $0x80); the monitor cannot see the guest
         * gate's DPL check, so a user `int n` to a ring-0-only guest gate is delivered, not #GP */
        idt[v] = (uint64_t)((a & 0xffff) | (uint32_t)cs << 16) | (uint64_t)((a & 0xffff0000u) | 0xee00u) << 32;
    }
}

static void load_idt(void)
{
    struct table_register r = {sizeof idt - 1, (uint32_t)idt};
    __asm__ volatile("lidt %0" : : "m"(r));
}

/* A present, flat 4 GiB, 32-bit, ring-0 code descriptor: what the monitor's gates may use. */
static int flat_code(uint64_t d)
{
    uint32_t lo = (uint32_t)d, hi = (uint32_t)(d >> 32);
    uint32_t base = (lo >> 16) | (hi & 0xff) << 16 | (hi & 0xff000000u);
    uint32_t limit = (lo & 0xffff) | (hi & 0xf0000);
    return (hi & 0x9e00) == 0x9a00 /* present, DPL 0, code, readable */ && (hi & 0x6000) == 0 && base == 0
        && limit == 0xfffff && (hi & 0x00c00000u) == 0x00c00000u;
}

static int selector_is_flat_code(const struct table_register *gdt, uint16_t sel)
{
    uint32_t i = sel & ~7u;
    if ((sel & 4) || i == 0 || i + 7 > gdt->limit)
        return 0;
    return flat_code(*(const uint64_t *)(gdt->base + i));
}

/* ---- instruction operands ---- */

static uint32_t *reg(struct frame *f, uint32_t r)
{
    /* pusha order is edi esi ebp esp ebx edx ecx eax; r is the ModRM number eax ecx edx ebx esp ebp esi edi */
    static const uint8_t slot[8] = {7, 6, 5, 4, 3, 2, 1, 0};
    return &f->r[slot[r]];
}

static uint32_t guest_esp(struct frame *f)
{
    return (uint32_t)&f->eflags + 4;      /* same ring: the CPU pushed no SS:ESP */
}

/* The effective address of the ModRM memory operand at p (32-bit addressing, flat segments). */
static uint32_t effective_address(struct frame *f, const uint8_t *p)
{
    uint32_t mod = p[0] >> 6, rm = p[0] & 7, a = 0;
    const uint8_t *d = p + 1;
    if (rm == 4) {
        uint32_t sib = p[1], base = sib & 7, index = (sib >> 3) & 7;
        d = p + 2;
        if (index != 4)
            a = *reg(f, index) << (sib >> 6);
        if (base == 5 && mod == 0) {
            a += *(const uint32_t *)d;
            return a;
        }
        a += base == 4 ? guest_esp(f) : *reg(f, base);
    } else if (rm == 5 && mod == 0) {
        return *(const uint32_t *)d;
    } else {
        a = rm == 4 ? guest_esp(f) : *reg(f, rm);
    }
    if (mod == 1)
        a += (uint32_t)(int32_t)(int8_t)d[0];
    else if (mod == 2)
        a += *(const uint32_t *)d;
    return a;
}

/* ---- delivery to the guest ---- */

/* Delivers vector v to the guest's own handler, with the frame already in place. */
static int deliver(struct frame *f, uint32_t v, int has_error)
{
    if (v * 8 + 7 > guest_idtr.limit || guest_idtr.base == 0) {
        /* the CPU would escalate to a triple fault: the machine resets (Linux's BOOT_TRIPLE) */
        monitor_report();
        machine_off(0x7e);
    }
    uint64_t g = *(const uint64_t *)(guest_idtr.base + 8 * v);
    uint32_t lo = (uint32_t)g, hi = (uint32_t)(g >> 32), type = (hi >> 8) & 0x1f;
    if (!(hi & 0x8000) || (type != 0x0e && type != 0x0f))
        die("guest IDT entry is not present or no 32-bit interrupt/trap gate", -1, v);
    monitor_forward.offset = (lo & 0xffff) | (hi & 0xffff0000u);
    monitor_forward.selector = (uint16_t)(lo >> 16);
    monitor_forward_has_error = (uint32_t)has_error;
    monitor_forward_sti = type == 0x0f ? (f->eflags & EFLAGS_IF) : 0;
    forwarded++;
    return 1;
}

static int cpu_error_code(uint32_t v)
{
    return v == 8 || (v >= 10 && v <= 14) || v == 17 || v == 21;
}

/* ---- sites ---- */

/* Where the guest runs a site: a copy of it that Linux made (which replaced whatever site was there
 * before), its link address, or (before paging) its physical load address. *delta is how far from its
 * recorded address it runs. */
static struct mon_site *site_for(uint32_t addr, uint32_t *delta)
{
    for (uint32_t i = mon_copy_first(copies, ncopies, addr); i < ncopies && copies[i].at == addr; i++) {
        const struct mon_copy *c = &copies[i];
        /* the guest runs at addr, so the destination is mapped there */
        if (mon_copy_applied(c, guest.file, sites, nsites, (const uint8_t *)c->instr)) {
            struct mon_site *s = &sites[c->site];
            *delta = addr - s->start;
            return s;
        }
    }
    struct mon_site *s = mon_site_at(sites, nsites, addr);
    if (s) {
        *delta = 0;
        return s;
    }
    for (uint32_t i = 0; i < guest.nsegments; i++) {
        const struct mon_segment *g = &guest.segments[i];
        if (g->paddr != g->vaddr && addr - g->paddr < g->memsz) {
            s = mon_site_at(sites, nsites, g->vaddr + (addr - g->paddr));
            if (s) {
                *delta = g->paddr - g->vaddr;
                return s;
            }
        }
    }
    return 0;
}

static const uint8_t *original(const struct mon_site *s)
{
    return guest.file + s->file_off;
}

/* Writes `jmp target` at p as if p ran at its own address. */
static uint8_t *jump(uint8_t *p, uint32_t target)
{
    uint32_t rel = target - ((uint32_t)p + 5);
    p[0] = 0xe9;
    copy(p + 1, &rel, 4);
    return p + 5;
}

static void count(struct mon_site *s)
{
    if (s->traps++ == 0)
        distinct++;
    traps++;
}

/* A port write that resets or powers off the machine: the last moment to report. */
static int final_port_write(uint16_t port, uint8_t value)
{
    return port == 0xf4 /* isa-debug-exit */ || (port == 0x64 && value == 0xfe) || (port == 0xcf9 && (value & 4))
        || port == 0x604 || port == 0xb004 /* QEMU ACPI power-off */;
}

static void check_final_out(struct frame *f, const struct mon_site *s)
{
    const uint8_t *i = original(s) + s->insn_off;
    while (*i == 0x66)
        i++;
    uint16_t port;
    switch (s->kind) {
    case PREVIRT_KIND_OUT_IMM_B: case PREVIRT_KIND_OUT_IMM_W: case PREVIRT_KIND_OUT_IMM_L:
        port = i[1];
        break;
    case PREVIRT_KIND_OUT_DX_B: case PREVIRT_KIND_OUT_DX_W: case PREVIRT_KIND_OUT_DX_L:
        port = (uint16_t)*reg(f, 2);
        break;
    default:
        return;
    }
    if (final_port_write(port, (uint8_t)*reg(f, 0)))
        monitor_report();
}

/* Runs the site's original bytes out of line: a copy in the site's trampoline, then a jump to the
 * site's end. The trampoline is rebuilt on every trap (a few bytes), so it always jumps to the
 * address space the guest runs the site in. `hlt_after` adds `sti; hlt` semantics (see below). */
static void out_of_line(struct frame *f, struct mon_site *s, uint32_t delta)
{
    uint8_t *t = trampolines[s - sites];
    uint32_t len = s->end - s->start;
    copy(t, original(s), len);
    jump(t + len, s->end + delta);
    f->eip = (uint32_t)t;
}

/* `sti; hlt` as one unit: IF stays clear on the way into the trampoline, which sets it itself right
 * before the hlt, so the interrupt shadow still covers the hlt and no wake-up is lost. */
static void sti_hlt(struct frame *f, struct mon_site *s, uint32_t resume)
{
    uint8_t *t = trampolines[s - sites];
    t[0] = 0xfb;
    t[1] = 0xf4;
    jump(t + 2, resume);
    f->eflags &= ~EFLAGS_IF;
    f->eip = (uint32_t)t;
}

static void emulate_lgdt(struct frame *f, const uint8_t *modrm)
{
    struct table_register r;
    copy(&r, (const void *)effective_address(f, modrm), sizeof r);
    __asm__ volatile("lgdt %0" : : "m"(r));
    /* The gates need a code selector of the new table. If the guest's CS is none, the guest will
     * load one with its next far transfer (a site too); until then it runs on the first flat one. */
    if (!selector_is_flat_code(&r, (uint16_t)f->cs)) {
        for (uint32_t i = 8; i + 7 <= r.limit; i += 8) {
            if (flat_code(*(const uint64_t *)(r.base + i))) {
                f->cs = i;
                break;
            }
        }
        if (!selector_is_flat_code(&r, (uint16_t)f->cs))
            die("guest GDT has no flat 32-bit ring-0 code segment", -1, r.base);
    }
    set_gates((uint16_t)f->cs);
}

/* Before a write of %cr3: the new page directory gets the monitor's identity map where it has none. */
static void map_monitor(uint32_t cr3)
{
    uint32_t cr0;
    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    /* the page directory's physical address, as the monitor reaches it now: directly before paging,
     * through Linux's direct map after (PAGE_OFFSET + physical) */
    uint32_t *pd = (uint32_t *)((cr3 & ~0xfffu) + ((cr0 & 0x80000000u) ? LINUX_PAGE_OFFSET : 0));
    for (int i = 0; i < 2; i++)
        if (!(pd[i] & 1))
            pd[i] = (uint32_t)identity_tables[i] | 0x3;     /* present, writable, supervisor */
}

/* Whether a site may enter by call: a call's displacement only reaches the monitor from the address it
 * was written for, so the site must be long enough and never run at another alias (a copy that
 * Linux makes, or the physical address the kernel starts at, as Linux's head code does). */
static int call_fits(const struct mon_site *s)
{
    return how == REWRITE_CALL && s->end - s->start >= 5 && s->use != MON_COPIED && !entered_by_call[s - sites];
}

/* Writes `call monitor_call_entry`, then NOPs, over the site's bytes at `code` (entry.s turns the call
 * into the frame of an int3 at the site). */
static void rewrite_call(uint8_t *code, struct mon_site *s)
{
    entered_by_call[s - sites] = 1;
    uint32_t rel = (uint32_t)monitor_call_entry - (s->start + 5);
    code[0] = 0xe8;
    copy(code + 1, &rel, 4);
    for (uint32_t k = 5; k < s->end - s->start; k++)
        code[k] = 0x90;
    by_call++;
}

/* A site that trapped at its link address with paging on runs there from now on (Linux never turns
 * paging off again): it becomes a call, written past the guest's write protection of its text. */
static void call_from_now_on(struct mon_site *s, uint32_t delta)
{
    uint32_t cr0;
    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    if (delta != 0 || !(cr0 & 0x80000000u) || !call_fits(s))
        return;
    __asm__ volatile("mov %0, %%cr0" : : "r"(cr0 & ~0x10000u));     /* CR0.WP off */
    rewrite_call((uint8_t *)s->start, s);
    __asm__ volatile("mov %0, %%cr0" : : "r"(cr0) : "memory");
}

/* Handles an int3 at site s; returns what monitor_trap returns. */
static int site_trap(struct frame *f, struct mon_site *s, uint32_t delta)
{
    count(s);
    call_from_now_on(s, delta);
    const uint8_t *insn = original(s) + s->insn_off;
    const uint8_t *p = insn;
    while (*p == 0x66 || *p == 0x2e || *p == 0x3e || *p == 0x26 || *p == 0x36 || *p == 0x64 || *p == 0x65)
        p++;
    uint32_t end = s->end + delta;
    switch (s->kind) {
    case PREVIRT_KIND_LGDT:
        emulate_lgdt(f, p + 2);
        f->eip = end;
        return 0;
    case PREVIRT_KIND_LIDT:
        copy(&guest_idtr, (const void *)effective_address(f, p + 2), sizeof guest_idtr);
        f->eip = end;
        return 0;
    case PREVIRT_KIND_SIDT:
        copy((void *)effective_address(f, p + 2), &guest_idtr, sizeof guest_idtr);
        f->eip = end;
        return 0;
    case PREVIRT_KIND_LJMP_PTR: {
        uint32_t off;
        uint16_t sel;
        copy(&off, p + 1, 4);
        copy(&sel, p + 5, 2);
        f->eip = off;
        f->cs = sel;
        set_gates(sel);
        return 0;
    }
    case PREVIRT_KIND_INT:
        /* the int3 frame is what `int n` pushes, once its return address is the site end */
        f->eip = end;
        return deliver(f, p[1], 0);
    case PREVIRT_KIND_HLT:
        if (f->eflags & EFLAGS_IF) {
            sti_hlt(f, s, end);
            return 0;
        }
        break;
    case PREVIRT_KIND_STI: {
        /* sti followed by a hlt site: keep the shadow over the hlt */
        uint32_t hd;
        struct mon_site *h = site_for(end, &hd);
        if (h && h->kind == PREVIRT_KIND_HLT && h->insn_off == 0 && hd == delta) {
            count(h);
            sti_hlt(f, s, h->end + delta);
            return 0;
        }
        break;
    }
    case PREVIRT_KIND_MOV_TO_CREG:
        if (((p[2] >> 3) & 7) == 3)
            map_monitor(*reg(f, p[2] & 7));
        break;
    default:
        check_final_out(f, s);
        break;
    }
    out_of_line(f, s, delta);
    return 0;
}

int monitor_trap(struct frame *f)
{
    if (f->vector == 3) {       /* an int3, or a call site (entry.s makes its frame the same) */
        uint32_t delta;
        struct mon_site *s = site_for(f->eip - 1, &delta);
        if (s)
            return site_trap(f, s, delta);
    }
    if (f->vector == 8)
        die("double fault", -1, f->eip);
    return deliver(f, f->vector, cpu_error_code(f->vector));
}

/* ---- loading the guest ---- */

static int overlaps(uint32_t a, uint32_t alen, uint32_t b, uint32_t blen)
{
    return a < b + blen && b < a + alen;
}

static int word_is(const char *w, uint32_t len, const char *opt)
{
    uint32_t k = 0;
    while (k < len && opt[k] && w[k] == opt[k])
        k++;
    return k == len && opt[k] == 0;
}

/* Copies the command line without monitor.* options; returns the monitor.rewrite= choice. */
static enum rewrite take_options(const char *from)
{
    enum rewrite how = REWRITE_INT3;
    uint32_t n = 0;
    while (*from) {
        while (*from == ' ')
            from++;
        const char *w = from;
        while (*from && *from != ' ')
            from++;
        uint32_t len = (uint32_t)(from - w);
        if (word_is(w, len, "monitor.rewrite=int3") || word_is(w, len, "monitor.rewrite=call")
            || word_is(w, len, "monitor.rewrite=none")) {
            how = w[16] == 'i' ? REWRITE_INT3 : w[16] == 'c' ? REWRITE_CALL : REWRITE_NONE;
            continue;
        }
        if (len >= 8 && w[0] == 'm' && w[1] == 'o' && w[2] == 'n' && w[3] == 'i' && w[4] == 't' && w[5] == 'o'
            && w[6] == 'r' && w[7] == '.')
            die("unknown monitor option in the command line (known: monitor.rewrite=int3|call|none)", -1, 0);
        if (len == 0)
            break;
        if (n + len + 2 > sizeof cmdline)
            die("command line too long", -1, n);
        if (n)
            cmdline[n++] = ' ';
        copy(cmdline + n, w, len);
        n += len;
    }
    cmdline[n] = 0;
    return how;
}

static void put32(uint32_t off, uint32_t v)
{
    copy(boot_params + off, &v, 4);
}

static void put64(uint32_t off, uint64_t v)
{
    copy(boot_params + off, &v, 8);
}

/* The zero page of the 32-bit boot protocol (Documentation/x86/boot.rst, zero-page.rst). */
static void build_boot_params(const struct multiboot_info *mb, uint32_t reserved_start, uint32_t reserved_end,
                              const struct multiboot_module *initrd)
{
    zero(boot_params, sizeof boot_params);
    /* screen_info: an 80x25 colour text mode, as the BIOS reports it to Linux's real-mode setup */
    boot_params[0x06] = 3;                      /* orig_video_mode */
    boot_params[0x07] = 80;                     /* orig_video_cols */
    boot_params[0x0a] = 0x10;                   /* orig_video_ega_bx: no EGA, so Linux says CGA */
    boot_params[0x0e] = 25;                     /* orig_video_lines */
    boot_params[0x10] = 16;                     /* orig_video_points */
    boot_params[0x1fe] = 0x55;                  /* boot_flag */
    boot_params[0x1ff] = 0xaa;
    put32(0x202, 0x53726448);                   /* "HdrS" */
    boot_params[0x206] = 0x0f;                  /* protocol 2.15 */
    boot_params[0x207] = 0x02;
    boot_params[0x210] = 0xff;                  /* type_of_loader: undefined */
    boot_params[0x211] = 0x01;                  /* loadflags: LOADED_HIGH */
    put32(0x228, (uint32_t)cmdline);            /* cmd_line_ptr */
    put32(0x238, sizeof cmdline - 1);           /* cmdline_size */
    if (initrd) {
        put32(0x218, initrd->start);            /* ramdisk_image */
        put32(0x21c, initrd->end - initrd->start);
    }
    /* e820 from the multiboot memory map, with the monitor and the guest's ELF file carved out of
     * RAM: the monitor keeps running there and reads the original site bytes from the file */
    uint32_t n = 0;
    if (!(mb->flags & MB_INFO_MMAP))
        die("the multiboot loader gave no memory map", -1, mb->flags);
    for (uint32_t at = mb->mmap_addr; at < mb->mmap_addr + mb->mmap_length;) {
        const struct multiboot_mmap *m = (const void *)at;
        at += m->size + 4;
        uint64_t start = m->addr, end = m->addr + m->len;
        uint32_t type = m->type;
        uint64_t pieces[3][2] = {{start, end}, {0, 0}, {0, 0}};
        uint32_t types[3] = {type, 2, type};
        if (type == 1 && start < reserved_end && reserved_start < end) {
            pieces[0][1] = reserved_start > start ? reserved_start : start;
            pieces[1][0] = reserved_start > start ? reserved_start : start;
            pieces[1][1] = reserved_end < end ? reserved_end : end;
            pieces[2][0] = pieces[1][1];
            pieces[2][1] = end;
        }
        for (int k = 0; k < 3; k++) {
            if (pieces[k][1] <= pieces[k][0])
                continue;
            if (n == 128)
                die("memory map has more than 128 entries", -1, n);
            uint32_t e = 0x2d0 + 20 * n++;     /* e820_table */
            put64(e, pieces[k][0]);
            put64(e + 8, pieces[k][1] - pieces[k][0]);
            put32(e + 16, types[k]);
        }
    }
    boot_params[0x1e8] = (uint8_t)n;            /* e820_entries */
}

uint32_t monitor_main(uint32_t magic, const struct multiboot_info *mb)
{
    if (magic != MB_BOOT_MAGIC)
        die("not started by a multiboot loader", -1, magic);
    for (uint32_t i = 0; i < 2048; i++)
        identity_tables[i / 1024][i % 1024] = i << 12 | 0x3;
    set_gates(0x10);
    load_idt();
    if (!(mb->flags & MB_INFO_MODS) || mb->mods_count < 1)
        die("no guest: pass the kernel as the first module (qemu -initrd \"VMLINUX[,INITRAMFS]\")", -1, 0);
    const struct multiboot_module *mods = (const void *)mb->mods_addr;
    /* the loader's command line starts with the monitor's own file name (QEMU, GRUB): not the guest's */
    const char *line = (mb->flags & MB_INFO_CMDLINE) ? (const char *)mb->cmdline : "";
    while (*line && *line != ' ')
        line++;
    how = take_options(line);
    int none = how == REWRITE_NONE;

    struct mon_error err;
    if (mon_image_open(&guest, (const uint8_t *)mods[0].start, mods[0].end - mods[0].start, &err))
        die(err.what, err.record, err.addr);
    int n = mon_sites_read(&guest, sites, MAX_SITES, &err);
    if (n < 0)
        die(err.what, err.record, err.addr);
    nsites = (uint32_t)n;
    n = mon_copies_read(&guest, sites, nsites, copies, MAX_COPIES, &err);
    if (n < 0)
        die(err.what, err.record, err.addr);
    ncopies = (uint32_t)n;

    /* nothing the guest loads may land on the monitor or on a module */
    uint32_t mon_start = (uint32_t)monitor_image_start, mon_len = (uint32_t)(monitor_image_end - monitor_image_start);
    for (uint32_t i = 0; i < guest.nsegments; i++) {
        const struct mon_segment *g = &guest.segments[i];
        if (overlaps(g->paddr, g->memsz, mon_start, mon_len))
            die("guest PT_LOAD segment overlaps the monitor", -1, g->paddr);
        for (uint32_t m = 0; m < mb->mods_count; m++)
            if (overlaps(g->paddr, g->memsz, mods[m].start, mods[m].end - mods[m].start))
                die("guest PT_LOAD segment overlaps a module (give the machine more memory?)", -1, g->paddr);
    }
    for (uint32_t i = 0; i < guest.nsegments; i++) {
        const struct mon_segment *g = &guest.segments[i];
        copy((void *)g->paddr, guest.file + g->offset, g->filesz);
        zero((void *)(g->paddr + g->filesz), g->memsz - g->filesz);
    }
    for (uint32_t i = 0; i < nsites; i++) {
        /* a site in .altinstr_replacement too: Linux's copies of it then arrive rewritten (copies.h) */
        if (none) {
            skipped++;
            continue;
        }
        uint8_t *code = (uint8_t *)mon_phys(&guest, sites[i].start);
        if (sites[i].use == MON_COPIED)
            mon_rewrite_copied(code, &sites[i]);
        else if (call_fits(&sites[i]) && (uint32_t)code == sites[i].start)
            rewrite_call(code, &sites[i]);
        else
            mon_rewrite_trap(code, &sites[i]);
        rewritten++;
    }
    build_boot_params(mb, mon_start, mods[0].end, mb->mods_count > 1 ? &mods[1] : 0);
    if (none)
        monitor_report();
    monitor_entry_regs[0] = (uint32_t)boot_params;
    uint32_t entry = mon_phys(&guest, guest.entry);
    return entry ? entry : guest.entry;
}
