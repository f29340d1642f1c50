/* Types shared by the monitor's C code and entry.s. */
#ifndef MONITOR_H
#define MONITOR_H

#include <stdint.h>

#define EFLAGS_IF 0x200u

/* What entry.s saved on the guest's stack: pusha, then the vector and error code it pushed, then the
 * CPU's frame (same ring, so no SS:ESP). monitor_trap may change eip, cs and eflags. */
struct frame {
    uint32_t r[8];      /* edi esi ebp esp ebx edx ecx eax */
    uint32_t vector, error;
    uint32_t eip, cs, eflags;
};

struct __attribute__((packed)) table_register {
    uint16_t limit;
    uint32_t base;
};

struct __attribute__((packed)) far_pointer {
    uint32_t offset;
    uint16_t selector;
};

/* Multiboot v1 (the parts the monitor reads). */
#define MB_BOOT_MAGIC 0x2badb002u
#define MB_INFO_CMDLINE (1u << 2)
#define MB_INFO_MODS (1u << 3)
#define MB_INFO_MMAP (1u << 6)

struct multiboot_info {
    uint32_t flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
    uint32_t syms[4];
    uint32_t mmap_length, mmap_addr;
};

struct multiboot_module {
    uint32_t start, end, string, reserved;
};

struct __attribute__((packed)) multiboot_mmap {
    uint32_t size;
    uint64_t addr, len;
    uint32_t type;
};

uint32_t monitor_main(uint32_t magic, const struct multiboot_info *mb);
int monitor_trap(struct frame *f);
void monitor_report(void);

#endif
