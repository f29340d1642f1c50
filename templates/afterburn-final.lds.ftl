/* ${output} -- generated from templates/afterburn-final.lds.ftl by `tools/previrt generate`; do not edit.
 * Added by bin/ld as a second -T script to links that bring their own script: ld appends these
 * output statements to that script's SECTIONS, so the records are no orphans. Non-allocated at
 * address 0, like .comment. Also takes the records of partial links (${partialSections}). */
SECTIONS
{
<#list records as r>
  ${r.name} 0 : { *(${r.name}) *(${r.partial}) }
</#list>
}
