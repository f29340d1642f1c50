/*
 * The boot-test kernel: exercises sensitive instructions for real and prints a deterministic transcript
 * on COM1, then leaves QEMU through isa-debug-exit. Compiled with gcc; in the pack builds its assembly
 * goes through the macro pack, so each inline asm below becomes a site. All of them run on every boot:
 * the port helpers are out of line, so each is one site however often it is called. The kernel knows
 * nothing of the monitor: under it, its lidt, int $0x30 and iret behave as on bare hardware.
 */
#include <stdint.h>

void gdt_load(const void *gdtr);
void idt_load(const void *idtr);
void segs_read(uint16_t out[6]);
uint32_t seg_stack(void);
uint32_t int30_raise(uint32_t v);
void int30_handler(void);
void kernel_fatal(void);
extern uint32_t int30_calls;

enum {
    COM1 = 0x3f8, LSR = COM1 + 5, SCRATCH = COM1 + 7, THR_EMPTY = 0x20,
    DEBUG_EXIT = 0xf4, EXIT_OK = 0x10, IF = 1u << 9,
};

struct __attribute__((packed)) table_register {
    uint16_t limit;
    uint32_t base;
};

/* null, 0x08 flat code, 0x10 flat data, 0x18 flat data (for fs and gs) */
static const uint64_t gdt[] = {0, 0x00cf9a000000ffffull, 0x00cf92000000ffffull, 0x00cf92000000ffffull};
static uint64_t idt[256];

static __attribute__((noinline)) uint8_t port_in8(uint16_t port)
{
    uint8_t v;
    __asm__ volatile("inb %1, %0" : "=a"(v) : "d"(port));
    return v;
}

static __attribute__((noinline)) void port_out8(uint16_t port, uint8_t v)
{
    __asm__ volatile("outb %0, %1" : : "a"(v), "d"(port));
}

static void putc_serial(char c)
{
    while (!(port_in8(LSR) & THR_EMPTY))
        ;
    port_out8(COM1, (uint8_t)c);
}

static void print(const char *s)
{
    while (*s)
        putc_serial(*s++);
}

static void print_hex(uint32_t v, int digits)
{
    print("0x");
    for (int i = 4 * (digits - 1); i >= 0; i -= 4)
        putc_serial("0123456789abcdef"[(v >> i) & 15]);
}

static void print_bit(uint32_t v)
{
    putc_serial(v ? '1' : '0');
}

static void serial_init(void)
{
    port_out8(COM1 + 1, 0x00); /* no UART interrupts */
    port_out8(COM1 + 3, 0x80); /* divisor latch: 115200 baud */
    port_out8(COM1 + 0, 0x01);
    port_out8(COM1 + 1, 0x00);
    port_out8(COM1 + 3, 0x03); /* 8N1 */
}

static uint32_t eflags(void)
{
    uint32_t f;
    __asm__ volatile("pushf; pop %0" : "=r"(f));
    return f;
}

static void set_eflags(uint32_t f)
{
    __asm__ volatile("push %0; popf" : : "r"(f) : "memory", "cc");
}

/* The PIC keeps the BIOS's IRQ0 unmasked; mask everything before sti (immediate-port forms). */
static uint8_t pic_mask_all(void)
{
    uint8_t imr;
    __asm__ volatile("outb %%al, $0x21; outb %%al, $0xa1" : : "a"((uint8_t)0xff));
    __asm__ volatile("inb $0x21, %0" : "=a"(imr));
    return imr;
}

static void segments(void)
{
    static const struct table_register gdtr = {sizeof gdt - 1, (uint32_t)gdt};
    static const char *const names[6] = {"cs", "ds", "es", "fs", "gs", "ss"};
    uint16_t s[6];
    gdt_load(&gdtr);
    segs_read(s);
    print("gdt: own GDT loaded,");
    for (int i = 0; i < 6; i++) {
        print(" ");
        print(names[i]);
        print("=");
        print_hex(s[i], 4);
    }
    uint32_t st = seg_stack();
    print("\nsegments: push %fs/pop %es gives es=");
    print_hex(st & 0xffff, 4);
    print(", push %cs gives ");
    print_hex(st >> 16, 4);
    print("\n");
}

/* An interrupt gate (present, ring 0, 32-bit) to `handler` through code selector 0x08. */
static uint64_t gate(void (*handler)(void))
{
    uint32_t a = (uint32_t)handler;
    return (uint64_t)((a & 0xffff) | (0x08u << 16)) | (uint64_t)((a & 0xffff0000u) | 0x8e00u) << 32;
}

void __attribute__((noreturn)) kernel_unexpected(void)
{
    print("kernel: unexpected interrupt\n");
    for (;;)
        port_out8(DEBUG_EXIT, 0x7f);
}

static void interrupts(void)
{
    static struct table_register idtr;
    for (int v = 0; v < 256; v++)
        idt[v] = gate(v == 0x30 ? int30_handler : kernel_fatal);
    idtr.limit = sizeof idt - 1;
    idtr.base = (uint32_t)idt;
    idt_load(&idtr);
    uint32_t r = int30_raise(0x12345678);
    print("idt: own IDT loaded, int $0x30 returned ");
    print_hex(r, 8);
    print(int30_calls == 1 ? ", handler ran once\n" : ", handler count wrong\n");
}

static void flags(void)
{
    __asm__ volatile("cli" : : : "memory");
    uint32_t off = eflags();
    __asm__ volatile("sti" : : : "memory");
    uint32_t on = eflags();
    set_eflags(off);
    uint32_t restored = eflags();
    print("flags: after cli IF=");
    print_bit(off & IF);
    print(", after sti IF=");
    print_bit(on & IF);
    print(", after popf IF=");
    print_bit(restored & IF);
    print("\n");
}

static void identification(void)
{
    uint32_t cr0, a, b, c, d;
    __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
    print("cr0: PE=");
    print_bit(cr0 & 1);
    print(" PG=");
    print_bit(cr0 >> 31);
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
    uint32_t vendor[4] = {b, d, c, 0};
    print("\ncpuid: vendor ");
    print((const char *)vendor);
    uint32_t lo1, hi1, lo2, hi2;
    __asm__ volatile("rdtsc" : "=a"(lo1), "=d"(hi1));
    for (volatile int spin = 0; spin < 1000; spin++)
        ;
    __asm__ volatile("rdtsc" : "=a"(lo2), "=d"(hi2));
    uint64_t t1 = (uint64_t)hi1 << 32 | lo1, t2 = (uint64_t)hi2 << 32 | lo2;
    /* the counter's value differs on every boot; only whether it moves is part of the transcript */
    print(t2 > t1 ? "\nrdtsc: counter advances\n" : "\nrdtsc: counter stuck\n");
}

void kernel_main(void)
{
    serial_init();
    print("previrt boot-test kernel\n");
    port_out8(SCRATCH, 0xa5);
    print("serial: scratch register echoes ");
    print_hex(port_in8(SCRATCH), 2);
    print("\npic: all IRQs masked, imr=");
    print_hex(pic_mask_all(), 2);
    print("\n");
    segments();
    interrupts();
    flags();
    identification();
    print("kernel: done, exit code ");
    print_hex(EXIT_OK, 2);
    print("\n");
    /* through the monitor, this last site is where it prints its report line */
    port_out8(DEBUG_EXIT, EXIT_OK);
}
