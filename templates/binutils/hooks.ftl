<#-- The lines each hook inserts into a binutils source file. Where they go (line numbers and exact
     context) is per version: templates/binutils/<version>.yaml. `hook` names the hook, `v` the
     version data. Every rendered line is inserted as is. -->
<#switch hook>
<#case "include">
/* previrt: -mprevirt sites (tc-i386-previrt.c, its classifier and generated table).  */
#include "tc-i386-previrt.c"

<#break>
<#case "input-end">
  /* previrt: the last statement of an input file may be a data statement that is a site.  */
  previrt_input_end ();

<#break>
<#case "cons-align">
  previrt_data_begin ();
<#break>
<#case "start-line">
/* previrt: a data statement that is one sensitive instruction ends where the next one starts.  */
extern void previrt_statement_begin (void);
#define md_start_line_hook() previrt_statement_begin ()

<#break>
<#case "pseudo-ops">
  {"previrt_off", s_previrt, 0},
  {"previrt_on", s_previrt, 1},
<#break>
<#case "insn-begin">
  previrt_insn_begin ();
<#break>
<#case "insn-end">
  previrt_insn_end ();
<#break>
<#case "option-defines">
#define OPTION_MPREVIRT (OPTION_MD_BASE + ${v.optionBase})
#define OPTION_MPREVIRT_NOP1 (OPTION_MD_BASE + ${v.optionBase + 1})
<#break>
<#case "longopts">
  {"mprevirt", optional_argument, NULL, OPTION_MPREVIRT},
  {"mprevirt-nop1", no_argument, NULL, OPTION_MPREVIRT_NOP1},
<#break>
<#case "parse-option">
    case OPTION_MPREVIRT:
      return previrt_parse_option (0, arg);

    case OPTION_MPREVIRT_NOP1:
      return previrt_parse_option (1, arg);

<#break>
<#case "show-usage">
  previrt_show_usage (stream);
<#break>
<#case "i386-exp">

    # previrt: the golden vectors of previrt's macro packs, assembled with -mprevirt.
    if {[is_elf_format]} then {
	foreach t [lsort [glob -nocomplain $srcdir/$subdir/previrt-*.d]] {
	    run_dump_test [file rootname [file tail $t]]
	}
    }
<#break>
<#default>
<#stop "unknown hook '" + hook + "'">
</#switch>
