<#-- The macro pack for stock GNU as. One template renders both packs (typed = extra records). -->
#NO_APP
# ${output} -- generated from templates/pack.inc.ftl by `tools/previrt generate`, do not edit.
# (#NO_APP above: gas reads this file without its input scrubber, a third of the pack's load cost.
# Keep this file free of tabs and of semicolons, which then separate statements even in comments.)
# Source of truth: isa-specs/*.yaml. previrt ${version}.
#
# previrt macro pack<#if typed> (typed records)</#if> for GNU as 2.40+, i386 (--32, .code16 and .code32).
# Every sensitive instruction becomes a site: the instruction exactly as stock gas encodes it, then
# NOPs up to the form's scratch size (forms with an interrupt shadow: the NOPs first), and a record
# {start, end} (two .long) in the non-allocated section .afterburn<#if typed>, plus
# {start, end, kind:16, insn_len:8, insn_off:8} in .afterburn.typed</#if>.
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
.macro pv_ins p, name, a, b:vararg
.ifb \b
{nooptimize} \p \name \a
.else
{nooptimize} \p \name \a,\b
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
.pushsection .afterburn,"",@progbits
.balign 4
.long .Lpvs\@, .Lpve\@
.popsection
<#if typed>
.pushsection .afterburn.typed,"",@progbits
.balign 4
.long .Lpvs\@, .Lpve\@
.short \kind
.byte .Lpvi\@ - .Lpvb\@, .Lpvb\@ - .Lpvs\@
.popsection
</#if>
.endif
.endm

# .Lpv_star = 1 when the text starts with '*' (ljmp *mem). .irpc walks its characters.
.macro pv_star text
.set .Lpv_star, 0
.set .Lpv_n, 0
.irpc ch, \text
.if .Lpv_n == 0
.ifc \ch,*
.set .Lpv_star, 1
.endif
.endif
.set .Lpv_n, 1
.endr
.endm

# Per spelling: pv_d_<spelling> tells the forms apart by operand text, with an optional prefix p.
<#list plan.spellings as d>
<#assign s = d.spelling>
.macro pv_d_${s} p, a, b:vararg
.if .Lpv_off
pv_ins \p, ${s}, \a, \b
<#if d.singleForm??>
.else
pv_site ${d.singleForm.kindHex()}, ${d.singleForm.scratch()}, \p, ${s}, \a, \b
.endif
.endm
<#else>
.else
.set .Lpv_f, 0
<#if d.usesStar>
pv_star \a
</#if>
<#list d.cases as c>
<#if c?index gt 0>
.if .Lpv_f == 0
</#if>
<#list c.conditions as k>
<#if k.test == "CLASS">.ifdef ".Lpvr_\${k.slot}"
.if ".Lpvr_\${k.slot}" & ${k.classId}<#elseif k.test == "STAR">.if .Lpv_star<#elseif k.test == "BLANK">.ifb \${k.slot}<#else>.ifnb \${k.slot}</#if>
</#list>
.set .Lpv_f, ${c?index + 1}
<#list c.conditions as k>
.endif
<#if k.test == "CLASS">
.endif
</#if>
</#list>
<#if c?index gt 0>
.endif
</#if>
</#list>
<#list d.cases as c>
<#if c?index == 0>.if<#else>.elseif</#if> .Lpv_f == ${c?index + 1}
pv_site ${c.form.kindHex()}, ${c.form.scratch()}, \p, ${s}, \a, \b
</#list>
.else
pv_ins \p, ${s}, \a, \b
.endif
.endif
.endm
</#if>
.macro ${s} a, b:vararg
<#if d.guarded>
<#-- one mask test per slot: the cheap path of every ordinary mov/push/pop -->
.set .Lpv_g, 0
<#if d.guardA??>
.ifdef ".Lpvr_\a"
.set .Lpv_g, ".Lpvr_\a" & ${d.guardA}
.endif
</#if>
<#if d.guardB??>
.ifdef ".Lpvr_\b"
.set .Lpv_g, .Lpv_g | (".Lpvr_\b" & ${d.guardB})
.endif
</#if>
.if .Lpv_g
pv_d_${s} , \a, \b
.else
<#-- inline: a second macro call would double the cost of every ordinary mov -->
.ifb \b
{nooptimize} ${s} \a
.else
{nooptimize} ${s} \a,\b
.endif
.endif
<#else>
pv_d_${s} , \a, \b
</#if>
.endm

</#list>
# Prefixes written on the same line (rep insb, ds cli, data16 lgdt): the site starts at the prefix.
<#list prefixes as p>
.macro ${p} m, a:vararg
.ifdef ".Lpvm_\m"
pv_d_\m ${p}, \a
.else
{nooptimize} ${p} \m \a
.endif
.endm
</#list>
.endif
