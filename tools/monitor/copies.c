/*
 * The copy table of copies.h, read from Linux's .altinstructions. Freestanding: no libc.
 */
#include "copies.h"

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int stop(struct mon_error *err, const char *what, int32_t record, uint32_t addr)
{
    err->what = what;
    err->record = record;
    err->addr = addr;
    return -1;
}

static void sort_copies(struct mon_copy *c, uint32_t n)
{
    /* insertion sort: .altinstructions is in link order, so nearly sorted already */
    for (uint32_t i = 1; i < n; i++) {
        struct mon_copy t = c[i];
        uint32_t j = i;
        while (j > 0 && c[j - 1].at > t.at) {
            c[j] = c[j - 1];
            j--;
        }
        c[j] = t;
    }
}

int mon_copies_read(const struct mon_image *img, struct mon_site *sites, uint32_t nsites, struct mon_copy *copies,
                    uint32_t max, struct mon_error *err)
{
    struct mon_section alt = {0, 0, 0}, repl = {0, 0, 0};    /* an absent section holds nothing */
    if (mon_section_find(img, ".altinstructions", &alt, err) < 0
        || mon_section_find(img, ".altinstr_replacement", &repl, err) < 0)
        return -1;
    if (alt.size % MON_ALT_ENTRY)
        return stop(err, ".altinstructions is not a whole number of 12-byte entries", -1, alt.size);
    uint32_t n = 0;
    for (uint32_t e = 0; e < alt.size / MON_ALT_ENTRY; e++) {
        const uint8_t *a = img->file + alt.offset + MON_ALT_ENTRY * e;
        uint32_t field = alt.addr + MON_ALT_ENTRY * e;
        uint32_t instr = field + get32(a), rstart = field + 4 + get32(a + 4);
        uint32_t ilen = a[10], rlen = a[11];
        if (rlen == 0)
            continue;
        if (rlen > ilen)
            return stop(err, ".altinstructions entry has a replacement longer than its instruction", -1, field);
        if (rstart - repl.addr >= repl.size || rlen > repl.size - (rstart - repl.addr))
            return stop(err, ".altinstructions entry's replacement is not in .altinstr_replacement", -1, field);
        /* the sites of this replacement: from the first that ends after its start (ends are sorted
         * like starts, as sites do not overlap) */
        uint32_t lo = 0, hi = nsites;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (sites[mid].end <= rstart)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (uint32_t i = lo; i < nsites && sites[i].start < rstart + rlen; i++) {
            struct mon_site *s = &sites[i];
            if (s->start < rstart || s->end > rstart + rlen)
                return stop(err, "record crosses the end of an alternative's replacement", (int32_t)s->record, s->start);
            if (n == max)
                return stop(err, "more copied sites than the monitor's copy table holds", -1, max);
            struct mon_copy *c = &copies[n++];
            c->at = instr + (s->start - rstart);
            c->site = i;
            c->instr = instr;
            c->repl = rstart;
            c->repl_file = repl.offset + (rstart - repl.addr);
            c->repl_len = (uint8_t)rlen;
            s->copies++;
        }
    }
    for (uint32_t i = 0; i < nsites; i++)
        if (sites[i].use == MON_COPIED && sites[i].copies == 0)
            return stop(err, "record in .altinstr_replacement belongs to no .altinstructions entry", (int32_t)sites[i].record,
                        sites[i].start);
    sort_copies(copies, n);
    return (int)n;
}

uint32_t mon_copy_first(const struct mon_copy *copies, uint32_t n, uint32_t addr)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (copies[mid].at < addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && copies[lo].at == addr ? lo : n;
}

void mon_rewrite_copied(uint8_t *code, const struct mon_site *s)
{
    for (uint32_t k = 0; k < s->end - s->start; k++)
        code[k] = 0xcc;
}

int mon_copy_applied(const struct mon_copy *c, const uint8_t *file, struct mon_site *sites, uint32_t nsites,
                     const uint8_t *dest)
{
    const uint8_t *r = file + c->repl_file;
    /* apply_alternatives() fixes the displacement of a leading call, and recompute_jump() may shorten a
     * leading jmp */
    uint32_t j = 0;
    if (!mon_site_holding(sites, nsites, c->repl))
        j = r[0] == 0xe8 || r[0] == 0xe9 ? 5 : r[0] == 0xeb ? 2 : 0;
    for (; j < c->repl_len; j++) {
        if (mon_site_holding(sites, nsites, c->repl + j)) {
            if (dest[j] != 0xcc)
                return 0;
        } else if (r[j] != 0x90 && dest[j] != r[j]) {
            return 0;
        }
    }
    return 1;
}
