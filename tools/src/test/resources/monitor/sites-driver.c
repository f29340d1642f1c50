/*
 * Host-side driver of the monitor's record reader (tools/monitor/sites.c), compiled with the host gcc by
 * SitesReaderTest. Usage: sites-driver ELF [OUT]
 * Prints one line per site, sorted by address: "ADDRESS LENGTH KIND INSN_OFF FILE_OFF USE" (decimal),
 * or "error: ..." as the monitor would stop with, and exits 1. With OUT, writes ELF with every site
 * the monitor rewrites in place overwritten as the monitor does it (int3, NOPs), at its file offset.
 */
#include <stdio.h>
#include <stdlib.h>

#include "sites.h"

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: sites-driver ELF [OUT]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    static uint8_t file[64 << 20];
    size_t size = fread(file, 1, sizeof file, f);
    fclose(f);
    static struct mon_image img;
    static struct mon_site sites[16384];
    struct mon_error err;
    int n = -1;
    if (mon_image_open(&img, file, (uint32_t)size, &err) == 0)
        n = mon_sites_read(&img, sites, 16384, &err);
    if (n < 0) {
        if (err.record >= 0)
            printf("error: record %d (0x%08x): %s\n", err.record, err.addr, err.what);
        else
            printf("error: %s (0x%08x)\n", err.what, err.addr);
        return 1;
    }
    for (int i = 0; i < n; i++)
        printf("%u %u %s %u %u %u\n", sites[i].start, sites[i].end - sites[i].start, mon_kind_name(sites[i].kind),
               sites[i].insn_off, sites[i].file_off, sites[i].use);
    if (argc == 3) {
        for (int i = 0; i < n; i++)
            if (sites[i].use != MON_COPIED)
                mon_rewrite_trap(file + sites[i].file_off, &sites[i]);
        FILE *o = fopen(argv[2], "wb");
        if (!o || fwrite(file, 1, size, o) != size || fclose(o)) {
            perror(argv[2]);
            return 2;
        }
    }
    return 0;
}
