#include <stdio.h>
#include <string.h>
#include "hw.h"

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "privileged") == 0) {
        entry_setup();
        devices_probe();
        sched_switch(0x1000);
        return (int)boot_flags();
    }
    char vendor[13];
    int ok = cpu_vendor(vendor);
    uint8_t buf[256];
    for (int i = 0; i < 256; i++) {
        buf[i] = (uint8_t)(i * 7 + 3);
    }
    int acc = 0;
    for (int op = 0; op < 9; op++) {
        acc += table_apply(op, acc + op);
        acc ^= sched_pick(op, acc & 0xff);
    }
    printf("vendor-ok=%d ds-rpl=%u acc=%d sum=%08x\n", ok, (unsigned)(read_ds() & 3), acc,
           (unsigned)table_checksum(buf, sizeof buf));
    return 0;
}
