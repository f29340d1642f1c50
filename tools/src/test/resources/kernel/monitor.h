/* The in-place monitor's interface to the kernel (see monitor.c). */
#ifndef MONITOR_H
#define MONITOR_H

#include <stdint.h>

/* Gate targets: vector 3 must stay the monitor's in every IDT the kernel loads. */
void monitor_int3(void);
void monitor_fatal(void);

/* Prints "monitor: R records, D sites taken, T traps" on COM1; the last line of the transcript. */
void monitor_report(void);

/* An interrupt gate (present, ring 0, 32-bit) to `handler` through code selector 0x08. */
static inline uint64_t monitor_gate(void (*handler)(void))
{
    uint32_t a = (uint32_t)handler;
    return (uint64_t)((a & 0xffff) | (0x08u << 16))
         | (uint64_t)((a & 0xffff0000u) | 0x8e00u) << 32;
}

#endif
