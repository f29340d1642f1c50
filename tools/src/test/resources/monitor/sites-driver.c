/*
 * Host-side driver of the monitor's record reader (tools/monitor/sites.c, copies.c), compiled with the
 * host gcc by SitesReaderTest. Usage: sites-driver ELF [OUT]
 * Prints one line per site, sorted by address: "ADDRESS LENGTH KIND INSN_OFF FILE_OFF USE" (decimal),
 * then one line per copy: "copy AT SITE_ADDRESS APPLIED UNAPPLIED", where APPLIED says whether the
 * monitor recognises the destination after the alternative is applied as Linux does it (replacement
 * copied over the rewritten image, the rest padded with NOPs) and UNAPPLIED whether it does so on the
 * rewritten image as loaded; or "error: ..." as the monitor would stop with, and exits 1. With OUT,
 * writes ELF with every site overwritten as the monitor does it (int3 and NOPs, or int3 only in
 * .altinstr_replacement), at its file offset.
 */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>

#include "copies.h"
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
    static struct mon_copy copies[4096];
    int ncopies = -1;
    if (mon_image_open(&img, file, (uint32_t)size, &err) == 0)
        n = mon_sites_read(&img, sites, 16384, &err);
    if (n >= 0)
        ncopies = mon_copies_read(&img, sites, (uint32_t)n, copies, 4096, &err);
    if (n < 0 || ncopies < 0) {
        if (err.record >= 0)
            printf("error: record %d (0x%08x): %s\n", err.record, err.addr, err.what);
        else
            printf("error: %s (0x%08x)\n", err.what, err.addr);
        return 1;
    }
    for (int i = 0; i < n; i++)
        printf("%u %u %s %u %u %u\n", sites[i].start, sites[i].end - sites[i].start, mon_kind_name(sites[i].kind),
               sites[i].insn_off, sites[i].file_off, sites[i].use);
    /* the image as the monitor leaves it, in a copy so the file bytes stay the originals */
    static uint8_t image[64 << 20], applied[64 << 20];
    memcpy(image, file, size);
    for (int i = 0; i < n; i++) {
        if (sites[i].use == MON_COPIED)
            mon_rewrite_copied(image + sites[i].file_off, &sites[i]);
        else
            mon_rewrite_trap(image + sites[i].file_off, &sites[i]);
    }
    for (int i = 0; i < ncopies; i++) {
        const struct mon_copy *c = &copies[i];
        const struct mon_site *s = &sites[c->site];
        uint32_t dest = 0;      /* the destination's file offset */
        for (uint32_t g = 0; g < img.nsegments; g++)
            if (c->instr - img.segments[g].vaddr < img.segments[g].filesz)
                dest = img.segments[g].offset + (c->instr - img.segments[g].vaddr);
        if (dest == 0) {
            printf("error: copy destination 0x%08x is not in the file\n", c->instr);
            return 1;
        }
        memcpy(applied, image, size);
        memcpy(applied + dest, image + c->repl_file, c->repl_len);
        printf("copy %u %u %d %d\n", c->at, s->start, mon_copy_applied(c, file, sites, (uint32_t)n, applied + dest),
               mon_copy_applied(c, file, sites, (uint32_t)n, image + dest));
    }
    if (argc == 3) {
        memcpy(file, image, size);
        FILE *o = fopen(argv[2], "wb");
        if (!o || fwrite(file, 1, size, o) != size || fclose(o)) {
            perror(argv[2]);
            return 2;
        }
    }
    return 0;
}
