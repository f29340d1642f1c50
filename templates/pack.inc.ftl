<#-- The macro pack for stock GNU as. One template renders both packs (typed = extra records). -->
#NO_APP
# ${output} -- generated from templates/pack.inc.ftl by `tools/previrt generate`, do not edit.
# (#NO_APP above: gas reads this file without its input scrubber, a third of the pack's load cost.
# Keep this file free of tabs and of semicolons, which then separate statements even in comments.)
# Source of truth: isa-specs/*.yaml. previrt ${version}.
#
# previrt macro pack<#if typed> (typed records)</#if> for GNU as 2.40+, i386 (--32, .code16 and .code32).
# Every sensitive instruction becomes a site: the instruction exactly as stock gas encodes it, then
<#macro layout t><#list t.fields() as f>${f.name()}<#if f.bytes() != 4>:${f.bytes() * 8}</#if><#sep>, </#list></#macro>
# NOPs up to the form's scratch size (forms with an interrupt shadow: the NOPs first), and a record
# {<@layout spec.records().afterburn()/>} in the non-allocated section ${spec.records().afterburn().section()}<#if typed>, plus
# {<@layout spec.records().typed()/>} in ${spec.records().typed().section()}</#if>
# (isa-specs/vocabulary/records.yaml).
#
# Use:   as --32 ${output?keep_after_last("/")} file.s      or   .include "${output?keep_after_last("/")}"
#        gcc -m32 -c foo.c -Wa,<path>/${output?keep_after_last("/")}     (with -pipe: -Wa,<path>/${output?keep_after_last("/")},-)
# Options (define before the pack, e.g. as --defsym PREVIRT_NOP1=1):
#        PREVIRT_NOP1   pad with one-byte 0x90 NOPs only (no jump over long padding)
# Directives: previrt_off / previrt_on switch annotation off and on (code pinned with .org).
.ifndef .Lpv_pack_loaded
.set .Lpv_pack_loaded, 1
.set .Lpv_off, 0
.set .Lpv_f, 0
.set .Lpv_g, 0

# The generation record (records.yaml: generation): which pack assembled this object, also when it
# has no site. bin/ld refuses objects with code that lack it or carry another id.
<#assign g = spec.records().generation()>
.pushsection ${g.section()},"",@progbits
.balign 4
<#list g.fields() as f>
<#if f.name() == "id_lo">${f.directive()} ${generation.lo}
<#elseif f.name() == "id_hi">${f.directive()} ${generation.hi}
<#elseif f.name() == "variant">${f.directive()} <#if typed>1<#else>0</#if>
<#elseif f.name() == "flags">
.ifdef PREVIRT_NOP1
${f.directive()} 1
.else
${f.directive()} 0
.endif
</#if>
</#list>
.popsection

.macro previrt_off
.set .Lpv_off, 1
.endm
.macro previrt_on
.set .Lpv_off, 0
.endm

# Register spellings the dispatch recognises, every letter case (gas accepts %CR3, %Ds). The value
# is a mask of operand kinds: <#list kindBits as k>${k.name} ${k.mask}<#sep>, </#sep></#list>.
<#list plan.registers as r>
.set ".Lpvr_${r.text}", ${r.mask}
</#list>

# Spellings a prefix macro hands to the dispatch (lower and UPPER case).
<#list spellingVariants as v>
.set ".Lpvm_${v}", 1
</#list>

# The instruction itself. {nooptimize} keeps gas from expanding the macro again and changes no byte.
# The dispatch passes a blank a and the operand text exactly as written in b (a vararg is taken
# verbatim): rejoining gas's split arguments with commas breaks `4 (%eax)` and `L1 - L2 (%ebp)`.
.macro pv_ins p, name, a, b:vararg
.ifb \a
{nooptimize} \p \name \b
.else
.ifb \b
{nooptimize} \p \name \a
.else
{nooptimize} \p \name \a,\b
.endif
.endif
.endm

# Padding, from isa-specs/vocabulary/nops.yaml: pv_nop writes one NOP instruction of .Lpv_n bytes
# (1..${nops.longest()}), each a NOP in .code16 and .code32 alike. pv_pad writes .Lpv_n bytes of padding:
# one such NOP, or for longer padding a short jmp over NOPs, so a site executes at most one padding
# instruction. PREVIRT_NOP1: .Lpv_n one-byte NOPs and never a jump.
.macro pv_nop
<#list nops.patterns() as p>
<#if p?index == 0>.if<#else>.elseif</#if> .Lpv_n == ${p.length()}
.byte ${p.cBytes()}
</#list>
.endif
.endm

.macro pv_pad
.ifdef PREVIRT_NOP1
.fill .Lpv_n, 1, 0x90
.elseif .Lpv_n <= ${nops.longest()}
pv_nop
.else
.byte 0x${nops.jumpHex()}, .Lpv_n - 2
.set .Lpv_r, .Lpv_n - 2
.set .Lpv_n, ${nops.longest()}
.rept .Lpv_r / ${nops.longest()}
pv_nop
.endr
.set .Lpv_n, .Lpv_r % ${nops.longest()}
.if .Lpv_n
pv_nop
.endif
.endif
.endm

# Forms with an interrupt shadow (the CPU holds interrupts for the one instruction after them) get
# their padding BEFORE the instruction: .Lpvpre_KIND bytes, the form's scratch size minus its
# shortest encoding. Nothing may sit between them and the next instruction.
<#list shadowForms as f>
.set ".Lpvpre_${f.kindHex()}", ${f.padBefore()}
</#list>

# A site: instruction, NOPs up to `size` bytes (none if the instruction is longer), record(s). A form
# with a shadow: NOPs, then the instruction. Typed records say where in the site the instruction is.
.macro pv_site kind, size, p, name, a, b:vararg
.Lpvs\@:
.set .Lpv_n, 0
.ifdef ".Lpvpre_\kind"
.set .Lpv_n, ".Lpvpre_\kind"
pv_pad
.endif
.Lpvb\@:
pv_ins \p, \name, \a, \b
.Lpvi\@:
.set .Lpv_site, 1
<#list trapAliases as t>
<#-- gas encodes `int $3` as int3 (cc), a form that is not a site: one byte where int takes two -->
.ifc \kind,${t.kindHex()}
.if (.Lpvi\@ - .Lpvb\@) == 1
.set .Lpv_site, 0
.endif
.endif
</#list>
.if .Lpv_site
.ifndef ".Lpvpre_\kind"
.if (\size) > (.Lpvi\@ - .Lpvs\@)
.set .Lpv_n, (\size) - (.Lpvi\@ - .Lpvs\@)
pv_pad
.endif
.endif
.Lpve\@:
<#-- one directive per field of isa-specs/vocabulary/records.yaml, in its order -->
<#assign fieldValue = {"start": ".Lpvs\\@", "end": ".Lpve\\@", "kind": "\\kind",
    "insn_len": ".Lpvi\\@ - .Lpvb\\@", "insn_off": ".Lpvb\\@ - .Lpvs\\@"}>
<#list [spec.records().afterburn()] + typed?then([spec.records().typed()], []) as t>
.pushsection ${t.section()},"",@progbits
.balign 4
<#list t.fields() as f>
${f.directive()} ${fieldValue[f.name()]}
</#list>
.popsection
</#list>
.endif
.endm

# Operand classification. gas splits macro arguments at every comma (also inside parentheses) and
# at spaces outside them, so `4(%eax,%ebx,2), %ds` arrives as the tokens 4(%eax %ebx 2) %ds. A register
# the dispatch cares about is always a whole token, so the tests are on tokens:
#   .Lpv_c1  register mask of the first token (0 when it is no register)
#   .Lpv_n2  1 when there is more than one token
#   .Lpv_cl  register mask of the last token when there is more than one (0 otherwise)
#   .Lpv_g   (pv_g) the masks of all tokens or-ed: the cheap guard of mov, push and pop
.macro pv_g a, b, c:vararg
.ifdef ".Lpvr_\a"
.set .Lpv_g, .Lpv_g | ".Lpvr_\a"
.endif
.ifdef ".Lpvr_\b"
.set .Lpv_g, .Lpv_g | ".Lpvr_\b"
.endif
.ifnb \c
pv_g \c
.endif
.endm
.macro pv_l a, b:vararg
.ifb \b
.ifdef ".Lpvr_\a"
.set .Lpv_cl, ".Lpvr_\a"
.endif
.else
pv_l \b
.endif
.endm
.macro pv_o a, b:vararg
.set .Lpv_c1, 0
.set .Lpv_n2, 0
.set .Lpv_cl, 0
.ifdef ".Lpvr_\a"
.set .Lpv_c1, ".Lpvr_\a"
.endif
.ifnb \b
.set .Lpv_n2, 1
pv_l \b
.endif
.endm

# .Lpv_star = 1 when the first token starts with '*' (ljmp *mem). .irpc walks its characters
# (`.ifc *,\ch`: with the character first, a ':' would make the line a label).
.macro pv_star a, b:vararg
.set .Lpv_star, 0
.set .Lpv_n, 0
.irpc ch, \a
.if .Lpv_n == 0
.ifc *,\ch
.set .Lpv_star, 1
.endif
.endif
.set .Lpv_n, 1
.endr
.endm

# Spellings without a size suffix (pushf, lgdt, lret, ljmp *mem, ins) take the operand size of the mode,
# toggled by an operand-size prefix on the same line (data32 pushf in .code16). For them pv_w sets
# .Lpv_w to 1 when the instruction gets the 16-bit operand size, and the site is typed with that form.
# The mode comes from gas itself: push %eax assembled in the absolute section (.struct, which keeps no
# byte) is 2 bytes in .code16 and 1 byte in .code32.
.macro pv_w p
.pushsection ${spec.records().afterburn().section()},"",@progbits
.struct 0
.Lpvw\@:
{nooptimize} push %eax
.Lpvx\@:
.popsection
.set .Lpv_w, 0
.if (.Lpvx\@ - .Lpvw\@) == 2
.set .Lpv_w, 1
.endif
<#list opsizePrefixes as x>
.ifc \p,${x}
.set .Lpv_w, 1 - .Lpv_w
.endif
</#list>
.endm

<#-- one site of form f for spelling s: typed packs pick the form of the operand size gas encodes -->
<#macro site f s>
<#assign z = sizing.of(s, f)!"">
<#if z?has_content && (typed || z.size16.scratch() != z.size32.scratch())>
pv_w \p
.if .Lpv_w
pv_site ${z.size16.kindHex()}, ${z.size16.scratch()}, \p, ${s}, , \all
.else
pv_site ${z.size32.kindHex()}, ${z.size32.scratch()}, \p, ${s}, , \all
.endif
<#else>
pv_site ${f.kindHex()}, ${f.scratch()}, \p, ${s}, , \all
</#if>
</#macro>
# Per spelling: pv_d_<spelling> tells the forms apart by operand text, with an optional prefix p.
<#list plan.spellings as d>
<#assign s = d.spelling>
<#if d.singleForm??>
# ${s}: form ${d.singleForm.name()} (kind ${d.singleForm.kindHex()}, ${d.singleForm.privilege().spelling()}), operands ${d.singleForm.operandText()}
<#else>
# ${s}<#if d.guarded> (a site only with a ${d.guardKinds} operand)</#if>: the first case that holds decides
<#list d.cases as c>
#   .Lpv_f ${c?index + 1}: form ${c.form.name()} (kind ${c.form.kindHex()}, ${c.form.privilege().spelling()}), operands ${c.form.operandText()}
</#list>
</#if>
.macro pv_d_${s} p, all:vararg
.if .Lpv_off
pv_ins \p, ${s}, , \all
<#if d.singleForm??>
.else
<@site d.singleForm s/>
.endif
.endm
<#else>
.else
.set .Lpv_f, 0
pv_o \all
<#if d.usesStar>
pv_star \all
</#if>
<#list d.cases as c>
<#if c?index gt 0>
.if .Lpv_f == 0
</#if>
<#list c.conditions as k>
<#if k.test == "CLASS"><#if k.slot == "a">.if .Lpv_c1 & ${k.classId}<#else>.if .Lpv_cl & ${k.classId}</#if><#elseif k.test == "STAR">.if .Lpv_star<#elseif k.slot == "a"><#if k.test == "BLANK">.ifb \all<#else>.ifnb \all</#if><#elseif k.test == "BLANK">.if .Lpv_n2 == 0<#else>.if .Lpv_n2</#if>
</#list>
.set .Lpv_f, ${c?index + 1}
<#list c.conditions as k>
.endif
</#list>
<#if c?index gt 0>
.endif
</#if>
</#list>
<#list d.cases as c>
<#if c?index == 0>.if<#else>.elseif</#if> .Lpv_f == ${c?index + 1}
<@site c.form s/>
</#list>
.else
pv_ins \p, ${s}, , \all
.endif
.endif
.endm
</#if>
.macro ${s} all:vararg
<#if d.guarded>
<#-- the cheap path of every ordinary mov/push/pop: one nested call, two symbol tests per two tokens -->
.set .Lpv_g, 0
pv_g \all
.if .Lpv_g & ${d.guard}
pv_d_${s} , \all
.else
{nooptimize} ${s} \all
.endif
<#else>
pv_d_${s} , \all
</#if>
.endm

</#list>
# Far pointers spelled jmp/call ($sel,$off): a site only with more than one token and a '$' first.
# Every near jmp and call pays one nested call and a blank test (pv_2) for this.
.macro pv_2 a, b:vararg
.ifnb \b
.set .Lpv_g, 1
.endif
.endm
.macro pv_dollar a, b:vararg
.set .Lpv_g, 0
.irpc ch, \a
.if .Lpv_n == 0
.ifc $,\ch
.set .Lpv_g, 1
.endif
.endif
.set .Lpv_n, 1
.endr
.endm
<#list plan.farAliases as f>
.macro pv_f_${f.spelling} p, all:vararg
.set .Lpv_n, 0
pv_dollar \all
.if .Lpv_g && (.Lpv_off == 0)
<@site f.form f.spelling/>
.else
pv_ins \p, ${f.spelling}, , \all
.endif
.endm
.macro ${f.spelling} all:vararg
.set .Lpv_g, 0
pv_2 \all
.if .Lpv_g
pv_f_${f.spelling} , \all
.else
{nooptimize} ${f.spelling} \all
.endif
.endm
</#list>

# Prefixes written on the same line (rep insb, ds cli, data16 lgdt): the site starts at the prefix.
# A spelling in lower or UPPER case is found by one symbol test. Any other letter case (rep InSb) is
# folded: pv_fold computes the word's letters as base-64 digits (a..z = 1..26 in either case, 0..9 =
# 27..36, -1 for other characters or more than 8 of them), and the code is compared with every
# spelling's. Macro names match in any case, so pv_d_\m then finds pv_d_<spelling>.
<#list plan.foldChars as c>
.set ".Lpvc_${c.text}", ${c.code}
</#list>
.macro pv_fold m
.set .Lpv_h, 0
.irpc ch, \m
.ifdef ".Lpvc_\ch"
.if (.Lpv_h >= 0) && (.Lpv_h < ${plan.foldLimit})
.set .Lpv_h, .Lpv_h * 64 + ".Lpvc_\ch"
.else
.set .Lpv_h, -1
.endif
.else
.set .Lpv_h, -1
.endif
.endr
.endm
<#list prefixes as p>
.macro ${p} m, a:vararg
.ifdef ".Lpvm_\m"
pv_d_\m ${p}, \a
.else
pv_fold \m
.if ${plan.foldTest}
pv_d_\m ${p}, \a
.else
{nooptimize} ${p} \m \a
.endif
.endif
.endm
</#list>
.endif
