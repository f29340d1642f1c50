#include "hw.h"

/* A dense switch (a jump table in .rodata) and a loop gcc aligns: both move when code grows. */
int table_apply(int op, int x) {
    switch (op) {
    case 0: return x + 11;
    case 1: return x * 5;
    case 2: return x ^ 0x5a5a;
    case 3: return x << 3;
    case 4: return x >> 1;
    case 5: return -x;
    case 6: return x % 97;
    case 7: return x | 0x100;
    default: return x - 1;
    }
}

uint32_t table_checksum(const uint8_t *p, int n) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    return h;
}
