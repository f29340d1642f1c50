/*
 * The monitor's view of a guest image: the ELF file it was loaded from and the site table built from
 * its .afterburn (and .afterburn.typed) records. Everything here works on bytes in memory and has no
 * other dependency, so the same code is compiled for the host and tested there (SitesReaderTest).
 */
#ifndef MONITOR_SITES_H
#define MONITOR_SITES_H

#include <stdint.h>

#include "previrt-sites.h"

#define MON_MAX_SEGMENTS 16
#define MON_MAX_SITE 32         /* longest site accepted; the specs' largest scratch size is 24 */

/* Where a site's bytes live in the running kernel (docs/loaders.md, "Copied ALTERNATIVE sites"). */
enum mon_section_use {
    MON_RUNS_IN_PLACE = 0,      /* .text and the like: rewritten at load */
    MON_COPIED = 1,             /* .altinstr_replacement: Linux copies the bytes elsewhere */
    MON_FREED = 2,              /* .init.text, .exit.text: rewritten at load, freed later */
};

struct mon_segment {
    uint32_t vaddr, paddr, filesz, memsz, offset;
};

struct mon_site {
    uint32_t start, end;        /* link addresses, as recorded */
    uint32_t file_off;          /* the site's original bytes in the ELF file */
    uint16_t kind;              /* PREVIRT_KIND_* */
    uint8_t insn_off;           /* the instruction inside the site (after front padding) */
    uint8_t use;                /* enum mon_section_use */
    uint32_t traps;             /* times this site trapped */
    uint32_t record;            /* its index in .afterburn, for messages */
    uint32_t copies;            /* .altinstructions entries that copy it (copies.h) */
};

struct mon_image {
    const uint8_t *file;
    uint32_t size;
    uint32_t entry;
    uint32_t nsegments;
    struct mon_segment segments[MON_MAX_SEGMENTS];
    uint32_t nrecords;          /* records in .afterburn */
    int typed;                  /* .afterburn.typed present and used */
};

/* Why reading stopped: a fixed message, the record index (or -1) and an address where one applies. */
struct mon_error {
    const char *what;
    int32_t record;
    uint32_t addr;
};

/* Checks the ELF header and program headers; 0, or -1 with *err set. */
int mon_image_open(struct mon_image *img, const uint8_t *file, uint32_t size, struct mon_error *err);

/* Reads, classifies and validates every record into sites[0..max) sorted by start; returns the
 * count, or -1 with *err naming the first bad record. */
int mon_sites_read(struct mon_image *img, struct mon_site *sites, uint32_t max, struct mon_error *err);

/* The physical address a link address is loaded at, or 0 when no PT_LOAD holds it. */
uint32_t mon_phys(const struct mon_image *img, uint32_t vaddr);

/* The site whose start is `addr`, or 0 (binary search; sites sorted by start). */
struct mon_site *mon_site_at(struct mon_site *sites, uint32_t n, uint32_t addr);

/* The site whose bytes hold `addr`, or 0. */
struct mon_site *mon_site_holding(struct mon_site *sites, uint32_t n, uint32_t addr);

/* A section of the guest's ELF file: its link address and its bytes in the file. */
struct mon_section {
    uint32_t addr, offset, size;
};

/* Finds a section by name: 1 found (its bytes are inside the file), 0 not there, -1 with *err set. */
int mon_section_find(const struct mon_image *img, const char *name, struct mon_section *out, struct mon_error *err);

/* Overwrites a site's bytes at `code` (its loaded copy) with int3 and NOPs (0x90). */
void mon_rewrite_trap(uint8_t *code, const struct mon_site *s);

/* The kind of the instruction at code[0..len) (prefixes included), or 0 when it is no site
 * instruction; *ilen gets its length. */
uint16_t mon_classify(const uint8_t *code, uint32_t len, uint32_t *ilen);

/* A short name for a kind id ("sti", "out-dx-b", ...), "?" for an unknown one. */
const char *mon_kind_name(uint16_t kind);

#endif
