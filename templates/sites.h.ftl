/* ${output} -- generated from templates/sites.h.ftl by `tools/previrt generate`; do not edit.
 * Source of truth: the YAML files of isa-specs/. previrt ${version}.
 *
 * Record layouts and kind ids of previrt sites, for in-place loaders. */
#ifndef PREVIRT_SITES_H
#define PREVIRT_SITES_H

#include <stdint.h>

/* Section .afterburn (both packs, L4Ka layout): one record per site; [start, end) covers the site.
 *
 * Site layout. Usually the original instruction, then padding up to the form's scratch size:
 *     [insn][padding]
 * Forms with an interrupt shadow (PREVIRT_SHADOW_TABLE: sti, mov to %ss, pop %ss) hold interrupts
 * for the one instruction after them, so nothing may come between them and it; their padding goes
 * first and the site ENDS with the instruction:
 *     [padding][insn]
 * Padding is one NOP from PREVIRT_NOPS (any length up to PREVIRT_NOP_LONGEST) or, when longer,
 * `jmp rel8` (PREVIRT_NOP_JUMP, rel8 = padding length - 2) over such NOPs: on bare hardware a site
 * executes at most one padding instruction. Every pattern is a NOP in 16- and 32-bit code.
 * Objects built with PREVIRT_NOP1 / -mprevirt-nop1 pad with 0x90 bytes only.
 *
 * A loader that decodes from the site start (L4Ka style) must first skip padding: a jmp rel8 whose
 * target is inside the site, or NOPs of PREVIRT_NOPS, and decode the instruction after it (typed
 * records give insn_off directly). Rewriting a shadow site, the replacement must keep the shadow:
 * the emulation of sti may deliver a pending virtual interrupt only after the instruction that
 * follows the site has run (e.g. emulate `sti; hlt` as one unit), and an emulated mov/pop to %ss must
 * not take an interrupt before the next instruction. Records in sections the kernel copies or
 * frees (Linux: .altinstr_replacement, .init.text) describe bytes that are not the code run there. */
<#assign plainT = spec.records().afterburn()>
<#assign typedT = spec.records().typed()>
<#-- the fields of isa-specs/vocabulary/records.yaml, in order; packed by construction (natural alignment) -->
struct previrt_site {
<#list plainT.fields() as f>
    ${f.cType()} ${f.name()};<#if f.name() != "start" && f.name() != "end">   /* ${f.what()} */</#if>
</#list>
};

/* Section .afterburn.typed (previrt-typed.inc, -mprevirt=typed): the same site with its kind. */
struct previrt_typed_site {
<#list typedT.fields() as f>
    ${f.cType()} ${f.name()};<#if f.name() != "start" && f.name() != "end">   /* ${f.what()} */</#if>
</#list>
};

#define PREVIRT_SECTION       "${plainT.section()}"
#define PREVIRT_TYPED_SECTION "${typedT.section()}"
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
_Static_assert(sizeof(struct previrt_site) == ${plainT.size()}, "records.yaml: ${plainT.section()} records are ${plainT.size()} bytes");
_Static_assert(sizeof(struct previrt_typed_site) == ${typedT.size()}, "records.yaml: ${typedT.section()} records are ${typedT.size()} bytes");
#endif

enum previrt_privilege {
<#list privileges as p>
    ${p.cName()} = ${p?index},   /* ${p.spelling()} */
</#list>
};

/* Kind ids, grouped by family (isa-specs/<family>.yaml). */
<#list spec.families() as fam>
/* ${fam.name()}: ${fam.summary()} */
<#list fam.forms() as f>
#define ${f.cName()?right_pad(40)} ${f.kindHex()}  /* ${f.encoding().text()}; ${f.reason()} */
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

/* Forms whose padding comes first (interrupt shadow): kind, NOP bytes before the instruction. */
#define PREVIRT_SHADOW_TABLE(X) \
<#list spec.forms()?filter(f -> f.padBefore() gt 0) as f>
    X(${f.cName()}, ${f.padBefore()}) \
</#list>
    /* end */

/* Forms that are not sites by default (isa-specs key not-a-site): kind ids kept for decoders. */
#define PREVIRT_NOT_A_SITE_TABLE(X) \
<#list spec.forms()?filter(f -> !f.isSite()) as f>
    X(${f.cName()}) /* ${f.notASite()} */ \
</#list>
    /* end */

/* Padding patterns (isa-specs/vocabulary/nops.yaml): row N-1 is one NOP of N bytes. */
#define PREVIRT_NOP_LONGEST ${nops.longest()}
#define PREVIRT_NOP_JUMP    0x${nops.jumpHex()}
#define PREVIRT_NOPS { \
<#list nops.patterns() as p>
    { ${p.cBytes()} }, /* ${p.at32()} */ \
</#list>
}

#endif /* PREVIRT_SITES_H */
