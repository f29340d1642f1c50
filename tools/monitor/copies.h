/*
 * Sites that run where Linux copies them. apply_alternatives() copies the replacement bytes of each
 * applicable .altinstructions entry from .altinstr_replacement over the original instruction; the
 * monitor rewrites the replacement's sites in .altinstr_replacement at load (mon_rewrite_copied), so
 * the copy arrives with its int3 in place, and this table maps the int3 at the copy back to the
 * replacement's record.
 * Freestanding and host-testable like sites.c (SitesReaderTest).
 */
#ifndef MONITOR_COPIES_H
#define MONITOR_COPIES_H

#include <stdint.h>

#include "sites.h"

/* Linux's struct alt_instr (arch/x86/include/asm/alternative.h, 6.1): offsets relative to the field. */
#define MON_ALT_ENTRY 12

/* One site of one alternative's replacement, and where its copy lands. */
struct mon_copy {
    uint32_t at;            /* link address of the copy's first byte */
    uint32_t site;          /* the replacement's site: index into the sorted site table */
    uint32_t instr;         /* the alternative's destination (link address) */
    uint32_t repl;          /* its replacement (link address) */
    uint32_t repl_file;     /* the replacement's bytes in the ELF file */
    uint8_t repl_len;
};

/* Reads .altinstructions (absent: 0 copies) into copies[0..max) sorted by `at`; returns the count, or
 * -1 with *err set. Every site in .altinstr_replacement must lie whole inside the replacements that
 * hold it, and every such site must be reached by at least one entry. */
int mon_copies_read(const struct mon_image *img, struct mon_site *sites, uint32_t nsites, struct mon_copy *copies,
                    uint32_t max, struct mon_error *err);

/* Index of the first copy whose `at` is addr, or n when there is none. */
uint32_t mon_copy_first(const struct mon_copy *copies, uint32_t n, uint32_t addr);

/* Overwrites a site of .altinstr_replacement at `code` with int3 in every byte. The bytes after the first
 * never run (the monitor resumes at the site end), and neither the in-place form (int3, NOPs) nor
 * Linux's optimize_nops() (which only merges 0x90 runs) makes a run of int3, so a copy is told apart
 * from the site it was copied over even when both start at the same address. */
void mon_rewrite_copied(uint8_t *code, const struct mon_site *s);

/* Whether `dest` (the alternative's destination as the guest has it now) holds copy c's replacement,
 * that is whether Linux applied that alternative: every byte of the replacement's sites is int3 and
 * every other byte is the replacement's, leaving out what Linux changes when it copies (the
 * displacement of a leading call or jmp, and single-byte NOPs that optimize_nops() merges). */
int mon_copy_applied(const struct mon_copy *c, const uint8_t *file, struct mon_site *sites, uint32_t nsites,
                     const uint8_t *dest);

#endif
