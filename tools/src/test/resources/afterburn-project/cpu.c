#include <string.h>
#include "hw.h"

int cpu_vendor(char out[13]) {
    uint32_t r[4];
    cpuid(0, r);
    memcpy(out, &r[1], 4);
    memcpy(out + 4, &r[3], 4);
    memcpy(out + 8, &r[2], 4);
    out[12] = 0;
    uint64_t a = rdtsc();
    uint64_t b = rdtsc();
    return b >= a && (eflags() & 2) != 0 && strlen(out) == 12;
}
