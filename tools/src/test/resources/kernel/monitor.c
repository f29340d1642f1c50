/*
 * A minimal in-place monitor for trap-rewritten kernels. Each site was overwritten with int3 and NOPs;
 * on the trap we find the site among the records the link embedded (a copy of .afterburn), copy the
 * site's original bytes (from the embedded copy of the original .text) into a per-site trampoline
 * followed by a jmp to the site's end, and resume there. The trampoline runs with the kernel's flags
 * and stack, so the original instruction does exactly what it did before the rewrite.
 * Always compiled and assembled stock: the monitor has no sites.
 */
#include <stdint.h>

#include "monitor.h"

struct site {
    uint32_t start, end;
};

/* copy.s, placed by kernel.ld: the original records and .text bytes */
extern const struct {
    uint32_t records_bytes, text_bytes;
    uint8_t data[];
} previrt_copy;
extern const uint8_t previrt_text_start[], previrt_text_end[];

#define MAX_SITES 256
#define SLOT 32         /* a site (at most 24 bytes in the specs) and a 5-byte jmp */
#define JMP_REL32 0xe9

/* One trampoline per site, never reused for another: an `int $n` site returns into its trampoline
 * after the handler's own sites have trapped. */
static uint8_t slots[MAX_SITES][SLOT] __attribute__((aligned(SLOT)));
static uint8_t taken[MAX_SITES];
static uint32_t distinct, traps;
static uint64_t idt[256];
static struct __attribute__((packed)) {
    uint16_t limit;
    uint32_t base;
} idtr;

enum { COM1 = 0x3f8, LSR = COM1 + 5, THR_EMPTY = 0x20, DEBUG_EXIT = 0xf4 };

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
    while (!(in8(LSR) & THR_EMPTY))
        ;
    out8(COM1, (uint8_t)c);
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

static uint32_t record_count(void)
{
    return previrt_copy.records_bytes / sizeof(struct site);
}

static const struct site *records(void)
{
    return (const struct site *)previrt_copy.data;
}

static __attribute__((noreturn)) void die(const char *why, uint32_t at)
{
    print("monitor: ");
    print(why);
    print(" at ");
    print_hex(at);
    emit('\n');
    for (;;)
        out8(DEBUG_EXIT, 0x7f);
}

void __attribute__((noreturn)) monitor_unexpected(void)
{
    die("unexpected interrupt", 0);
}

void *monitor_init(void)
{
    for (int v = 0; v < 256; v++)
        idt[v] = monitor_gate(v == 3 ? monitor_int3 : monitor_fatal);
    idtr.limit = sizeof idt - 1;
    idtr.base = (uint32_t)idt;
    return &idtr;
}

/* `after` is the address following the int3; returns the address to continue at. */
uint32_t monitor_trap(uint32_t after)
{
    uint32_t at = after - 1;
    uint32_t n = record_count();
    uint32_t i = 0;
    while (i < n && records()[i].start != at)
        i++;
    if (i == n || i >= MAX_SITES)
        die("int3 outside every recorded site", at);
    const struct site *s = &records()[i];
    uint32_t text = (uint32_t)previrt_text_start;
    uint32_t len = s->end - s->start;
    if (previrt_copy.text_bytes != (uint32_t)(previrt_text_end - previrt_text_start))
        die("no copy of the original .text", at);
    if (s->start < text || s->end > (uint32_t)previrt_text_end || len == 0 || len > SLOT - 5)
        die("site record out of range", at);
    uint8_t *slot = slots[i];
    if (!taken[i]) {
        const uint8_t *orig = previrt_copy.data + previrt_copy.records_bytes + (s->start - text);
        for (uint32_t k = 0; k < len; k++)
            slot[k] = orig[k];
        uint32_t rel = s->end - ((uint32_t)slot + len + 5);
        slot[len] = JMP_REL32;
        for (int k = 0; k < 4; k++)
            slot[len + 1 + k] = (uint8_t)(rel >> (8 * k));
        taken[i] = 1;
        distinct++;
    }
    traps++;
    return (uint32_t)slot;
}

void monitor_report(void)
{
    print("monitor: ");
    print_dec(record_count());
    print(" records, ");
    print_dec(distinct);
    print(" sites taken, ");
    print_dec(traps);
    print(" traps\n");
}
