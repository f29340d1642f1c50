/*
 * Record reading and site rewriting for the in-place monitor (see sites.h). Freestanding: no libc.
 */
#include "sites.h"

#define ELF_PT_LOAD 1
#define ELF_SHF_ALLOC 0x2
#define ELF_SHF_EXECINSTR 0x4

static uint32_t rd32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t rd16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static int fail(struct mon_error *err, const char *what, int32_t record, uint32_t addr)
{
    err->what = what;
    err->record = record;
    err->addr = addr;
    return -1;
}

static int streq(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int starts(const char *s, const char *prefix)
{
    while (*prefix)
        if (*s++ != *prefix++)
            return 0;
    return 1;
}

/* A range check that cannot overflow: [off, off + len) inside [0, size). */
static int fits(uint32_t off, uint32_t len, uint32_t size)
{
    return off <= size && len <= size - off;
}

int mon_image_open(struct mon_image *img, const uint8_t *f, uint32_t size, struct mon_error *err)
{
    img->file = f;
    img->size = size;
    img->nsegments = 0;
    img->nrecords = 0;
    img->typed = 0;
    if (size < 52 || rd32(f) != 0x464c457f)
        return fail(err, "guest module is no ELF file", -1, size);
    if (f[4] != 1 || f[5] != 1 || rd16(f + 18) != 3)
        return fail(err, "guest module is no 32-bit little-endian i386 ELF file", -1, 0);
    img->entry = rd32(f + 24);
    uint32_t phoff = rd32(f + 28), phentsize = rd16(f + 42), phnum = rd16(f + 44);
    if (phentsize < 32 || !fits(phoff, phentsize * phnum, size))
        return fail(err, "guest module is truncated (program headers)", -1, phoff);
    for (uint32_t i = 0; i < phnum; i++) {
        const uint8_t *ph = f + phoff + i * phentsize;
        if (rd32(ph) != ELF_PT_LOAD || rd32(ph + 20) == 0)
            continue;
        if (img->nsegments == MON_MAX_SEGMENTS)
            return fail(err, "guest module has too many PT_LOAD segments", -1, i);
        struct mon_segment *s = &img->segments[img->nsegments++];
        s->offset = rd32(ph + 4);
        s->vaddr = rd32(ph + 8);
        s->paddr = rd32(ph + 12);
        s->filesz = rd32(ph + 16);
        s->memsz = rd32(ph + 20);
        if (!fits(s->offset, s->filesz, size))
            return fail(err, "guest module is truncated (a PT_LOAD segment's bytes)", -1, s->vaddr);
        if (s->filesz > s->memsz)
            return fail(err, "guest PT_LOAD segment has more file bytes than memory", -1, s->vaddr);
    }
    if (img->nsegments == 0)
        return fail(err, "guest module has no PT_LOAD segment", -1, 0);
    return 0;
}

uint32_t mon_phys(const struct mon_image *img, uint32_t vaddr)
{
    for (uint32_t i = 0; i < img->nsegments; i++) {
        const struct mon_segment *s = &img->segments[i];
        if (vaddr - s->vaddr < s->memsz)
            return s->paddr + (vaddr - s->vaddr);
    }
    return 0;
}

/* The file offset of [vaddr, vaddr + len) when file bytes of one PT_LOAD hold it all; else 0. */
static uint32_t file_offset(const struct mon_image *img, uint32_t vaddr, uint32_t len)
{
    for (uint32_t i = 0; i < img->nsegments; i++) {
        const struct mon_segment *s = &img->segments[i];
        if (vaddr - s->vaddr < s->filesz && len <= s->filesz - (vaddr - s->vaddr))
            return s->offset + (vaddr - s->vaddr);
    }
    return 0;
}

struct section {
    uint32_t offset, size, addr, flags;
    const char *name;
};

/* Section header `i`; 0 on success. */
static int section(const struct mon_image *img, uint32_t i, struct section *out, struct mon_error *err)
{
    const uint8_t *f = img->file;
    uint32_t shoff = rd32(f + 32), shentsize = rd16(f + 46), shnum = rd16(f + 48), shstrndx = rd16(f + 50);
    if (shentsize < 40 || !fits(shoff, shentsize * shnum, img->size) || shstrndx >= shnum)
        return fail(err, "guest module is truncated (section headers)", -1, shoff);
    const uint8_t *strs = f + shoff + shstrndx * shentsize;
    uint32_t stroff = rd32(strs + 16), strsize = rd32(strs + 20);
    if (!fits(stroff, strsize, img->size) || strsize == 0 || f[stroff + strsize - 1] != 0)
        return fail(err, "guest module is truncated (section names)", -1, stroff);
    const uint8_t *sh = f + shoff + i * shentsize;
    uint32_t name = rd32(sh);
    if (name >= strsize)
        return fail(err, "guest section name out of range", -1, i);
    out->name = (const char *)f + stroff + name;
    out->flags = rd32(sh + 8);
    out->addr = rd32(sh + 12);
    out->offset = rd32(sh + 16);
    out->size = rd32(sh + 20);
    return 0;
}

static uint32_t section_count(const struct mon_image *img)
{
    return img->size >= 52 ? rd16(img->file + 48) : 0;
}

/* Finds a section by name; 1 found, 0 not there, -1 error. */
static int find_section(const struct mon_image *img, const char *name, struct section *out, struct mon_error *err)
{
    for (uint32_t i = 1; i < section_count(img); i++) {
        if (section(img, i, out, err))
            return -1;
        if (streq(out->name, name))
            return 1;
    }
    return 0;
}

/* The allocated executable section holding [start, end), or -1 (and how Linux treats it). */
static int code_section(const struct mon_image *img, uint32_t start, uint32_t end, struct mon_error *err)
{
    struct section s;
    for (uint32_t i = 1; i < section_count(img); i++) {
        if (section(img, i, &s, err))
            return -2;
        if ((s.flags & (ELF_SHF_ALLOC | ELF_SHF_EXECINSTR)) != (ELF_SHF_ALLOC | ELF_SHF_EXECINSTR))
            continue;
        if (start - s.addr < s.size && end - s.addr <= s.size) {
            if (streq(s.name, ".altinstr_replacement"))
                return MON_COPIED;
            if (starts(s.name, ".init.text") || starts(s.name, ".exit.text"))
                return MON_FREED;
            return MON_RUNS_IN_PLACE;
        }
    }
    return -1;
}

/* Length of a ModRM operand (ModRM, SIB, displacement) with 32-bit addressing. */
static uint32_t modrm_len(const uint8_t *p, uint32_t avail)
{
    if (avail < 1)
        return 0;
    uint32_t mod = p[0] >> 6, rm = p[0] & 7, n = 1;
    if (mod == 3)
        return 1;
    if (rm == 4) {
        if (avail < 2)
            return 0;
        n = 2;
        if (mod == 0 && (p[1] & 7) == 5)
            n += 4;
    } else if (mod == 0 && rm == 5) {
        n += 4;
    }
    n += mod == 1 ? 1 : mod == 2 ? 4 : 0;
    return n <= avail ? n : 0;
}

uint16_t mon_classify(const uint8_t *code, uint32_t len, uint32_t *ilen)
{
    uint32_t i = 0;
    int o16 = 0, rep = 0;
    /* legacy prefixes: operand size matters to the kind, the others only to the length */
    while (i < len && i < 4) {
        uint8_t b = code[i];
        if (b == 0x66)
            o16 = 1;
        else if (b == 0xf3)
            rep = 1;
        else if (!(b == 0xf2 || b == 0xf0 || b == 0x2e || b == 0x36 || b == 0x3e || b == 0x26 || b == 0x64 || b == 0x65))
            break;
        i++;
    }
    if (i >= len)
        return 0;
    uint8_t op = code[i++];
    uint32_t rest = len - i;
    uint16_t k = 0;
    uint32_t n = 0;     /* bytes after the opcode */
#define W(k16, k32) (o16 ? (k16) : (k32))
    switch (op) {
    case 0xfa: k = PREVIRT_KIND_CLI; break;
    case 0xfb: k = PREVIRT_KIND_STI; break;
    case 0xf4: k = PREVIRT_KIND_HLT; break;
    case 0x9c: k = W(PREVIRT_KIND_PUSHF_16, PREVIRT_KIND_PUSHF); break;
    case 0x9d: k = W(PREVIRT_KIND_POPF_16, PREVIRT_KIND_POPF); break;
    case 0xcf: k = W(PREVIRT_KIND_IRET_16, PREVIRT_KIND_IRET); break;
    case 0xcb: k = W(PREVIRT_KIND_LRET_16, PREVIRT_KIND_LRET); break;
    case 0xca: k = W(PREVIRT_KIND_LRET_IMM_16, PREVIRT_KIND_LRET_IMM); n = 2; break;
    case 0xea: k = W(PREVIRT_KIND_LJMP_PTR_16, PREVIRT_KIND_LJMP_PTR); n = o16 ? 4 : 6; break;
    case 0x9a: k = W(PREVIRT_KIND_LCALL_PTR_16, PREVIRT_KIND_LCALL_PTR); n = o16 ? 4 : 6; break;
    case 0xcd: k = PREVIRT_KIND_INT; n = 1; break;
    case 0xe4: k = PREVIRT_KIND_IN_IMM_B; n = 1; break;
    case 0xe5: k = W(PREVIRT_KIND_IN_IMM_W, PREVIRT_KIND_IN_IMM_L); n = 1; break;
    case 0xe6: k = PREVIRT_KIND_OUT_IMM_B; n = 1; break;
    case 0xe7: k = W(PREVIRT_KIND_OUT_IMM_W, PREVIRT_KIND_OUT_IMM_L); n = 1; break;
    case 0xec: k = PREVIRT_KIND_IN_DX_B; break;
    case 0xed: k = W(PREVIRT_KIND_IN_DX_W, PREVIRT_KIND_IN_DX_L); break;
    case 0xee: k = PREVIRT_KIND_OUT_DX_B; break;
    case 0xef: k = W(PREVIRT_KIND_OUT_DX_W, PREVIRT_KIND_OUT_DX_L); break;
    case 0x6c: k = PREVIRT_KIND_INSB; break;
    case 0x6d: k = W(PREVIRT_KIND_INSW, PREVIRT_KIND_INSL); break;
    case 0x6e: k = PREVIRT_KIND_OUTSB; break;
    case 0x6f: k = W(PREVIRT_KIND_OUTSW, PREVIRT_KIND_OUTSL); break;
    case 0x06: k = PREVIRT_KIND_PUSH_ES; break;
    case 0x0e: k = PREVIRT_KIND_PUSH_CS; break;
    case 0x16: k = PREVIRT_KIND_PUSH_SS; break;
    case 0x1e: k = PREVIRT_KIND_PUSH_DS; break;
    case 0x07: k = PREVIRT_KIND_POP_ES; break;
    case 0x17: k = PREVIRT_KIND_POP_SS; break;
    case 0x1f: k = PREVIRT_KIND_POP_DS; break;
    case 0x63: k = PREVIRT_KIND_ARPL; n = modrm_len(code + i, rest); if (!n) return 0; break;
    case 0xc4: k = PREVIRT_KIND_LES; n = modrm_len(code + i, rest); if (!n) return 0; break;
    case 0xc5: k = PREVIRT_KIND_LDS; n = modrm_len(code + i, rest); if (!n) return 0; break;
    case 0x8c:
    case 0x8e: {
        if (rest < 1)
            return 0;
        uint32_t reg = (code[i] >> 3) & 7;
        if (reg > 5 || (op == 0x8e && reg == 1))
            return 0;
        k = op == 0x8c ? PREVIRT_KIND_MOV_FROM_SREG : reg == 2 ? PREVIRT_KIND_MOV_TO_SS : PREVIRT_KIND_MOV_TO_SREG;
        n = modrm_len(code + i, rest);
        if (!n)
            return 0;
        break;
    }
    case 0xff: {
        if (rest < 1 || (code[i] >> 6) == 3)
            return 0;
        uint32_t reg = (code[i] >> 3) & 7;
        if (reg == 5)
            k = W(PREVIRT_KIND_LJMP_MEM_16, PREVIRT_KIND_LJMP_MEM);
        else if (reg == 3)
            k = W(PREVIRT_KIND_LCALL_MEM_16, PREVIRT_KIND_LCALL_MEM);
        else
            return 0;
        n = modrm_len(code + i, rest);
        if (!n)
            return 0;
        break;
    }
    case 0x0f: {
        if (rest < 1)
            return 0;
        uint8_t op2 = code[i++];
        rest--;
        n = 0;
        switch (op2) {
        case 0x08: k = PREVIRT_KIND_INVD; break;
        case 0x09: k = rep ? PREVIRT_KIND_WBNOINVD : PREVIRT_KIND_WBINVD; break;
        case 0x30: k = PREVIRT_KIND_WRMSR; break;
        case 0x31: k = PREVIRT_KIND_RDTSC; break;
        case 0x32: k = PREVIRT_KIND_RDMSR; break;
        case 0x33: k = PREVIRT_KIND_RDPMC; break;
        case 0x34: k = PREVIRT_KIND_SYSENTER; break;
        case 0x35: k = PREVIRT_KIND_SYSEXIT; break;
        case 0x05: k = PREVIRT_KIND_SYSCALL; break;
        case 0x07: k = PREVIRT_KIND_SYSRET; break;
        case 0x06: k = PREVIRT_KIND_CLTS; break;
        case 0xa2: k = PREVIRT_KIND_CPUID; break;
        case 0xaa: k = PREVIRT_KIND_RSM; break;
        case 0xa0: k = PREVIRT_KIND_PUSH_FS; break;
        case 0xa8: k = PREVIRT_KIND_PUSH_GS; break;
        case 0xa1: k = PREVIRT_KIND_POP_FS; break;
        case 0xa9: k = PREVIRT_KIND_POP_GS; break;
        case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x26: {
            static const uint16_t movs[7] = {PREVIRT_KIND_MOV_FROM_CREG, PREVIRT_KIND_MOV_FROM_DREG,
                    PREVIRT_KIND_MOV_TO_CREG, PREVIRT_KIND_MOV_TO_DREG, PREVIRT_KIND_MOV_FROM_TREG, 0,
                    PREVIRT_KIND_MOV_TO_TREG};
            k = movs[op2 - 0x20];
            n = 1;      /* the mod field is ignored: always a register operand */
            break;
        }
        case 0x02: case 0x03: case 0xb2: case 0xb4: case 0xb5:
            k = op2 == 0x02 ? PREVIRT_KIND_LAR : op2 == 0x03 ? PREVIRT_KIND_LSL : op2 == 0xb2 ? PREVIRT_KIND_LSS
                : op2 == 0xb4 ? PREVIRT_KIND_LFS : PREVIRT_KIND_LGS;
            n = modrm_len(code + i, rest);
            if (!n)
                return 0;
            break;
        case 0x00: {
            static const uint16_t grp6[8] = {PREVIRT_KIND_SLDT, PREVIRT_KIND_STR, PREVIRT_KIND_LLDT, PREVIRT_KIND_LTR,
                    PREVIRT_KIND_VERR, PREVIRT_KIND_VERW, 0, 0};
            if (rest < 1)
                return 0;
            k = grp6[(code[i] >> 3) & 7];
            n = modrm_len(code + i, rest);
            if (!n)
                return 0;
            break;
        }
        case 0x01: {
            if (rest < 1)
                return 0;
            uint8_t m = code[i];
            n = 1;
            switch (m) {
            case 0xf9: k = PREVIRT_KIND_RDTSCP; break;
            case 0xd1: k = PREVIRT_KIND_XSETBV; break;
            case 0xc8: k = PREVIRT_KIND_MONITOR; break;
            case 0xc9: k = PREVIRT_KIND_MWAIT; break;
            case 0xca: k = PREVIRT_KIND_CLAC; break;
            case 0xcb: k = PREVIRT_KIND_STAC; break;
            default: {
                static const uint16_t grp7[8] = {PREVIRT_KIND_SGDT, PREVIRT_KIND_SIDT, PREVIRT_KIND_LGDT,
                        PREVIRT_KIND_LIDT, PREVIRT_KIND_SMSW, 0, PREVIRT_KIND_LMSW, PREVIRT_KIND_INVLPG};
                uint32_t reg = (m >> 3) & 7;
                int mem = (m >> 6) != 3;
                k = grp7[reg];
                if (reg <= 3 && o16)
                    k = (uint16_t)(k + 1);      /* each *_16 id follows its 32-bit form */
                if ((reg <= 3 || reg == 7) && !mem)
                    return 0;
                n = modrm_len(code + i, rest);
                if (!n)
                    return 0;
            }
            }
            break;
        }
        case 0x38:
            if (rest < 2 || code[i] != 0x82)
                return 0;
            k = PREVIRT_KIND_INVPCID;
            n = 1 + modrm_len(code + i + 1, rest - 1);
            if (n == 1)
                return 0;
            break;
        default:
            return 0;
        }
        break;
    }
    default:
        return 0;
    }
#undef W
    if (k == 0 || n > rest)
        return 0;
    *ilen = i + n;
    return k;
}

const char *mon_kind_name(uint16_t kind)
{
    /* the generated table names every kind the specs define (PREVIRT_KIND_ is 13 characters) */
#define NAME(k, scratch, priv) case k: return #k + 13;
    switch (kind) {
        PREVIRT_SCRATCH_TABLE(NAME)
    }
#undef NAME
    return "?";
}

static int kind_known(uint16_t kind)
{
    return mon_kind_name(kind)[0] != '?';
}

static int is_shadow(uint16_t kind)
{
#define SHADOW(k, pad) case k: return 1;
    switch (kind) {
        PREVIRT_SHADOW_TABLE(SHADOW)
    }
#undef SHADOW
    return 0;
}

/* Padding a site may start with (shadow forms): one jmp rel8 inside the site or one NOP pattern. */
static uint32_t front_padding(const uint8_t *p, uint32_t len)
{
    static const uint8_t nops[PREVIRT_NOP_LONGEST][PREVIRT_NOP_LONGEST] = PREVIRT_NOPS;
    if (len >= 2 && p[0] == PREVIRT_NOP_JUMP && (uint32_t)p[1] + 2 < len)
        return (uint32_t)p[1] + 2;
    for (uint32_t n = PREVIRT_NOP_LONGEST; n >= 1; n--) {
        if (n >= len)
            continue;
        uint32_t k = 0;
        while (k < n && p[k] == nops[n - 1][k])
            k++;
        if (k == n)
            return n;
    }
    return 0;
}

/* Padding after the instruction: NOPs (any pattern) or a jmp rel8 to exactly the site end. */
static int padding_ok(const uint8_t *p, uint32_t len)
{
    static const uint8_t nops[PREVIRT_NOP_LONGEST][PREVIRT_NOP_LONGEST] = PREVIRT_NOPS;
    uint32_t at = 0;
    if (len >= 2 && p[0] == PREVIRT_NOP_JUMP && (uint32_t)p[1] + 2 == len)
        return 1;
    while (at < len) {
        uint32_t n = PREVIRT_NOP_LONGEST;
        for (; n >= 1; n--) {
            uint32_t k = 0;
            while (k < n && at + k < len && p[at + k] == nops[n - 1][k])
                k++;
            if (k == n)
                break;
        }
        if (n == 0)
            return 0;
        at += n;
    }
    return 1;
}

static void sort_sites(struct mon_site *s, uint32_t n)
{
    /* insertion sort: records come in assembly order, so nearly sorted per object */
    for (uint32_t i = 1; i < n; i++) {
        struct mon_site t = s[i];
        uint32_t j = i;
        while (j > 0 && s[j - 1].start > t.start) {
            s[j] = s[j - 1];
            j--;
        }
        s[j] = t;
    }
}

int mon_sites_read(struct mon_image *img, struct mon_site *sites, uint32_t max, struct mon_error *err)
{
    struct section plain, typed;
    int have = find_section(img, PREVIRT_SECTION, &plain, err);
    if (have < 0)
        return -1;
    if (have == 0)
        return fail(err, "guest has no " PREVIRT_SECTION " section: it was not built with previrt", -1, 0);
    int have_typed = find_section(img, PREVIRT_TYPED_SECTION, &typed, err);
    if (have_typed < 0)
        return -1;
    if (!fits(plain.offset, plain.size, img->size))
        return fail(err, "guest module is truncated (" PREVIRT_SECTION " bytes)", -1, plain.offset);
    if (plain.size % sizeof(struct previrt_site))
        return fail(err, PREVIRT_SECTION " is not a whole number of 8-byte records", -1, plain.size);
    uint32_t n = plain.size / sizeof(struct previrt_site);
    if (have_typed) {
        if (!fits(typed.offset, typed.size, img->size))
            return fail(err, "guest module is truncated (" PREVIRT_TYPED_SECTION " bytes)", -1, typed.offset);
        if (typed.size != n * sizeof(struct previrt_typed_site))
            return fail(err, PREVIRT_TYPED_SECTION " does not hold one 12-byte record per " PREVIRT_SECTION " record",
                        -1, typed.size);
    }
    if (n > max)
        return fail(err, "more records than the monitor's site table holds", (int32_t)max, n);
    img->nrecords = n;
    img->typed = have_typed;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *r = img->file + plain.offset + 8 * i;
        uint32_t start = rd32(r), end = rd32(r + 4), len = end - start;
        if (end <= start || len > MON_MAX_SITE)
            return fail(err, "record's end is not after its start, or the site is longer than 32 bytes", (int32_t)i, start);
        int use = code_section(img, start, end, err);
        if (use == -2)
            return -1;
        if (use < 0)
            return fail(err, "record is in no executable section", (int32_t)i, start);
        uint32_t off = file_offset(img, start, len);
        if (off == 0)
            return fail(err, "record's bytes are in no PT_LOAD segment of the file", (int32_t)i, start);
        const uint8_t *code = img->file + off;
        struct mon_site *s = &sites[i];
        s->start = start;
        s->end = end;
        s->file_off = off;
        s->use = (uint8_t)use;
        s->traps = 0;
        s->record = i;
        s->copies = 0;
        uint32_t at, ilen = 0;
        uint16_t kind;
        if (have_typed) {
            const uint8_t *t = img->file + typed.offset + 12 * i;
            if (rd32(t) != start || rd32(t + 4) != end)
                return fail(err, "typed record does not match the plain record of the same index", (int32_t)i, start);
            kind = rd16(t + 8);
            at = t[11];
            if (!kind_known(kind))
                return fail(err, "typed record has a kind the specs do not define", (int32_t)i, start);
            if (at + t[10] > len)
                return fail(err, "typed record's instruction does not fit its site", (int32_t)i, start);
            if (mon_classify(code + at, len - at, &ilen) != kind || ilen != t[10])
                return fail(err, "site bytes do not decode as the typed record's kind", (int32_t)i, start);
        } else {
            at = 0;
            kind = mon_classify(code, len, &ilen);
            if (kind == 0) {
                at = front_padding(code, len);
                kind = at ? mon_classify(code + at, len - at, &ilen) : 0;
            }
            if (kind == 0)
                return fail(err, "site bytes do not decode as a sensitive instruction", (int32_t)i, start);
        }
        /* front padding only for shadow forms, and those end with their instruction */
        if (at != 0 && (!is_shadow(kind) || at + ilen != len))
            return fail(err, "site has padding before an instruction that is no shadow form", (int32_t)i, start);
        if (!padding_ok(code + at + ilen, len - at - ilen))
            return fail(err, "site's padding is not NOPs", (int32_t)i, start);
        s->kind = kind;
        s->insn_off = (uint8_t)at;
    }
    sort_sites(sites, n);
    for (uint32_t i = 1; i < n; i++)
        if (sites[i].start < sites[i - 1].end)
            return fail(err, "records overlap", -1, sites[i].start);
    return (int)n;
}

struct mon_site *mon_site_at(struct mon_site *sites, uint32_t n, uint32_t addr)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (sites[mid].start < addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && sites[lo].start == addr ? &sites[lo] : 0;
}

void mon_rewrite_trap(uint8_t *code, const struct mon_site *s)
{
    code[0] = 0xcc;
    for (uint32_t k = 1; k < s->end - s->start; k++)
        code[k] = 0x90;
}

int mon_section_find(const struct mon_image *img, const char *name, struct mon_section *out, struct mon_error *err)
{
    struct section s;
    int have = find_section(img, name, &s, err);
    if (have <= 0)
        return have;
    if (!fits(s.offset, s.size, img->size))
        return fail(err, "guest module is truncated (a section's bytes)", -1, s.offset);
    out->addr = s.addr;
    out->offset = s.offset;
    out->size = s.size;
    return 1;
}

struct mon_site *mon_site_holding(struct mon_site *sites, uint32_t n, uint32_t addr)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {       /* the first site that starts after addr */
        uint32_t mid = lo + (hi - lo) / 2;
        if (sites[mid].start <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && addr < sites[lo - 1].end ? &sites[lo - 1] : 0;
}
