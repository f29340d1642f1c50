/* ${output} -- generated from templates/sites.h.ftl by `tools/previrt generate`; do not edit.
 * Source of truth: isa-specs/*.yaml. previrt ${version}.
 *
 * Record layouts and kind ids of previrt sites, for in-place loaders. */
#ifndef PREVIRT_SITES_H
#define PREVIRT_SITES_H

#include <stdint.h>

/* Section .afterburn (both packs, L4Ka layout): one record per site. The site is the original
 * instruction followed by NOPs; [start, end) covers both. */
struct previrt_site {
    uint32_t start;
    uint32_t end;
};

/* Section .afterburn.typed (previrt-typed.inc only): the same site with its kind. */
struct previrt_typed_site {
    uint32_t start;
    uint32_t end;
    uint16_t kind;      /* one of PREVIRT_KIND_* */
    uint8_t insn_len;   /* bytes of the original instruction, prefixes included */
    uint8_t reserved;   /* 0 */
};

#define PREVIRT_SECTION       ".afterburn"
#define PREVIRT_TYPED_SECTION ".afterburn.typed"

enum previrt_privilege {
<#list privileges as p>
    ${p.cName()} = ${p?index},   /* ${p.spelling()} */
</#list>
};

/* Kind ids, grouped by family (isa-specs/<family>.yaml). */
<#list spec.families() as fam>
/* ${fam.name()}: ${fam.summary()} */
<#list fam.forms() as f>
#define ${f.cName()?right_pad(40)} ${f.kindHex()}  /* ${f.opcode().text()}; ${f.reason()} */
</#list>
</#list>

#define PREVIRT_KIND_COUNT ${spec.forms()?size}

/* Scratch size (bytes of a whole site) per kind. */
#define PREVIRT_SCRATCH_TABLE(X) \
<#list spec.families() as fam>
<#list fam.forms() as f>
    X(${f.cName()}, ${f.scratch()}, ${f.privilege().cName()}) \
</#list>
</#list>
    /* end */

#endif /* PREVIRT_SITES_H */
