<#-- What bin/as assembles in place of the pack for an object PREVIRT_SKIP names. -->
#NO_APP
# ${output} -- generated from templates/skipped.inc.ftl by `tools/previrt generate`, do not edit.
# bin/as puts this file in front of an object that PREVIRT_SKIP or --previrt-skip names: no sites,
# only the generation record, marked skipped, so that bin/ld accepts the object as plain on purpose.
<#assign g = spec.records().generation()>
.ifndef .Lpv_skip_loaded
.set .Lpv_skip_loaded, 1
.pushsection ${g.section()},"",@progbits
.balign 4
<#list g.fields() as f>
<#if f.name() == "id_lo">${f.directive()} ${generation.lo}
<#elseif f.name() == "id_hi">${f.directive()} ${generation.hi}
<#elseif f.name() == "variant">${f.directive()} 0
<#elseif f.name() == "flags">${f.directive()} 2
</#if>
</#list>
.popsection
.endif
