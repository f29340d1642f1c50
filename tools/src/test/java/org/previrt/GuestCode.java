package org.previrt;

/** A C function with inline sensitive instructions, shared by the wrapper and audit tests. */
public final class GuestCode {
    /** Seven sensitive instructions, each its own site. */
    public static final String C = """
            void guest(void) {
                unsigned a, b, c, d;
                unsigned long cr0;
                unsigned char v;
                __asm__ volatile("cli");
                __asm__ volatile("sti");
                __asm__ volatile("outb %%al, $0x80" : : "a"(1));
                __asm__ volatile("inb $0x60, %%al" : "=a"(v));
                __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
                __asm__ volatile("rdtsc" : "=a"(a), "=d"(d));
                __asm__ volatile("mov %%cr0, %0" : "=r"(cr0));
                (void)b; (void)c; (void)v; (void)cr0;
            }
            """;
    public static final int SITES = 7;

    private GuestCode() {
    }
}
