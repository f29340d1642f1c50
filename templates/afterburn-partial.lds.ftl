/* ${output} -- generated from templates/afterburn-partial.lds.ftl by `tools/previrt generate`; do not edit.
 * Added by bin/ld to partial links (ld -r) without a script of their own. INSERT keeps ld's default
 * script in force; the records travel under a name on Linux modpost's list of non-allocated
 * sections (".comment*"); previrt-final.lds names them back in the final link. */
SECTIONS
{
<#list records as r>
  ${r.partial} 0 : { *(${r.name}) }
</#list>
}
INSERT AFTER .comment;
