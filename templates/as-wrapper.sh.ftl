<#-- The assembler wrapper gcc runs instead of `as` under -B<dir>/. Plain POSIX sh: no JVM per file. -->
#!/bin/sh
# ${output} -- generated from templates/as-wrapper.sh.ftl by `tools/previrt generate`; do not edit.
# Source of truth: isa-specs/*.yaml and templates/. previrt ${version}.
#
# Stands in for GNU as so that an unchanged build afterburns its 32-bit code:
#     gcc -m32 -B<path>/${output?keep_before_last("/")}/ -c foo.c      (or CC="gcc -m32 -B.../bin/" make)
# gcc looks for `as` first in every -B prefix (gcc -print-prog-name=as -B<dir>/ prints <dir>/as), so
# it runs this script with its usual arguments: `--32 -o foo.o /tmp/ccX.s`, or `--32 -o foo.o` and
# the assembly on stdin under -pipe. For an i386 run (--32, and no later --64/--x32) the script puts
# the macro pack in front of the first input file (before `-`, or as the only file followed by `-`
# when gcc feeds stdin) and execs the real as with every other argument unchanged. Any other run
# (--64, --x32, no --32, as --version) execs the real as untouched.
#
# Options (gcc -Wa,OPTION; the wrapper takes them out before it runs the real as; they win over the
# environment, and unlike it they reach a distcc host and ccache's hash):
#   --previrt-pack=afterburn|typed   as PREVIRT_PACK
#   --previrt-nop1                   as PREVIRT_NOP1=1
#   --previrt-skip                   assemble this object without the pack (marked skipped)
#   --previrt-skip=GLOB...           add patterns to PREVIRT_SKIP (space-separated, repeatable)
# Every object gets the generation record (.previrt.generation) that bin/ld checks.
# Environment (defaults for local builds):
#   PREVIRT_PACK=afterburn  (default) ${packs.afterburn}: records {start, end} in .afterburn
#   PREVIRT_PACK=typed      ${packs.typed}: also {start, end, kind, insn_len} in .afterburn.typed
#   PREVIRT_NOP1=1          pad with one-byte NOPs (passes --defsym PREVIRT_NOP1=1)
#   PREVIRT_SKIP='GLOB...'  space-separated shell patterns matched against the output object (the -o
#                           value, a.out without one); when one matches, the real as runs without the pack
#                           (on ${packs.skipped}: the generation record only, marked skipped)
#   PREVIRT_REAL_AS=PATH    the assembler to exec (a name without / is looked up on PATH); default: the
#                           first `as` on PATH other than this file. Never this wrapper itself.
#   PREVIRT_AS_WRAPPER      set by the wrapper for the as it runs: a second copy of the wrapper found on
#                           PATH then passes straight through instead of adding the pack again;
#                           PREVIRT_AS_WRAPPER_DEPTH counts them, and a third wrapper in one chain stops
# Exit status: the real as's, or 2 when the wrapper itself refuses (a bad PREVIRT_* value, no real as,
# a missing pack, a real as that leads back to a wrapper).
# Limits: options gas takes with a separate value are known by name (-o -I -Q --defsym --MD
# --debug-prefix-map -march -mtune); `--name=value` forms always work. @file arguments are
# not opened: a response file counts as an input.

pv_pack_afterburn=${packs.afterburn}
pv_pack_typed=${packs.typed}
pv_pack_skipped=${packs.skipped}
<#noparse>
pv_fail() {
  echo "previrt as wrapper: $*" >&2
  exit 2
}

# Runs once per compiled file, so the common path starts no subshell and no helper program.
case $0 in
  */*) pv_here=${0%/*} ;;
  *) pv_here=. ;;
esac
if [ ! -r "$pv_here/../$pv_pack_afterburn" ]; then
  # reached through a symlink: the packs are beside the real file
  pv_self=$(readlink -f -- "$0") || pv_fail "cannot resolve $0"
  pv_here=${pv_self%/*}
fi

# A wrapper run by another copy of the wrapper (two on PATH) passes straight through. The depth
# bounds any chain of wrappers, e.g. PREVIRT_REAL_AS naming a copy of the wrapper.
pv_outer=${PREVIRT_AS_WRAPPER:-}
pv_depth=${PREVIRT_AS_WRAPPER_DEPTH:-0}
case $pv_depth in
  0|1) ;;
  *[!0-9]*) pv_fail "PREVIRT_AS_WRAPPER_DEPTH=$pv_depth: not a number (the wrapper sets it; unset it)" ;;
  *)
    [ -z "${PREVIRT_REAL_AS:-}" ] || pv_fail "PREVIRT_REAL_AS=$PREVIRT_REAL_AS: leads back to a previrt as wrapper ($pv_outer); name the real assembler, e.g. /usr/bin/as"
    pv_fail "the 'as' on PATH leads back to a previrt as wrapper ($pv_outer); set PREVIRT_REAL_AS=/path/to/real/as" ;;
esac
PREVIRT_AS_WRAPPER=$0
PREVIRT_AS_WRAPPER_DEPTH=$((pv_depth + 1))
export PREVIRT_AS_WRAPPER PREVIRT_AS_WRAPPER_DEPTH

# The real assembler: PREVIRT_REAL_AS, else the first `as` on PATH that is not this file nor the
# wrapper that ran this one (test -ef compares the files links resolve to, by device and inode).
pv_var=${PREVIRT_REAL_AS:-}
case $pv_var in
  */*) pv_real=$pv_var ;;
  *)
    pv_real=
    pv_ifs=$IFS
    IFS=:
    set -f
    for pv_dir in $PATH; do
      [ -n "$pv_dir" ] || pv_dir=.
      [ -f "$pv_dir/${pv_var:-as}" ] && [ -x "$pv_dir/${pv_var:-as}" ] || continue
      [ "$pv_dir/${pv_var:-as}" -ef "$0" ] && continue
      [ -n "$pv_outer" ] && [ "$pv_dir/${pv_var:-as}" -ef "$pv_outer" ] && continue
      pv_real=$pv_dir/${pv_var:-as}
      break
    done
    IFS=$pv_ifs
    set +f
    if [ -z "$pv_real" ]; then
      [ -z "$pv_var" ] || pv_fail "PREVIRT_REAL_AS=$pv_var: no such executable on PATH besides this wrapper"
      pv_fail "no real 'as' on PATH besides $0 (set PREVIRT_REAL_AS=/path/to/as)"
    fi
    ;;
esac
if [ -n "$pv_var" ]; then
  [ -f "$pv_real" ] && [ -x "$pv_real" ] || pv_fail "PREVIRT_REAL_AS=$pv_var: not an executable"
  [ "$pv_real" -ef "$0" ] && pv_fail "PREVIRT_REAL_AS=$pv_var: is this wrapper ($0); it would run itself forever"
  [ -n "$pv_outer" ] && [ "$pv_real" -ef "$pv_outer" ] \
    && pv_fail "PREVIRT_REAL_AS=$pv_var: is the wrapper $pv_outer; it would run itself forever"
fi
[ -z "$pv_outer" ] || exec "$pv_real" "$@"

# The wrapper's own options (-Wa,--previrt-...) are taken out of the list: they travel with the
# command line, so ccache hashes them and distcc carries them to a build host, where a missing
# wrapper makes gas fail on them instead of assembling without the pack. They override PREVIRT_*.
# i386 only: the last of --32 / --64 / --x32 wins, as in gas. The output object is the -o value.
pv_opt_pack=
pv_opt_nop1=
pv_opt_skip=
pv_skip_this=
pv_mode=
pv_out=a.out
pv_next=
for pv_a do
  shift
  if [ -n "$pv_next" ]; then
    pv_out=$pv_a
    pv_next=
    set -- "$@" "$pv_a"
    continue
  fi
  case $pv_a in
    --previrt-pack=*) pv_opt_pack=${pv_a#--previrt-pack=}; continue ;;
    --previrt-nop1) pv_opt_nop1=1; continue ;;
    --previrt-skip) pv_skip_this=1; continue ;;
    --previrt-skip=*) pv_opt_skip="$pv_opt_skip ${pv_a#--previrt-skip=}"; continue ;;
    --previrt-*) pv_fail "unknown option '$pv_a' (known: --previrt-pack=afterburn|typed, --previrt-nop1, --previrt-skip, --previrt-skip=GLOB)" ;;
    --32) pv_mode=32 ;;
    --64|--x32) pv_mode=other ;;
    -o) pv_next=1 ;;
    -o?*) pv_out=${pv_a#-o} ;;
  esac
  set -- "$@" "$pv_a"
done
[ "$pv_mode" = 32 ] || exec "$pv_real" "$@"
case ${pv_opt_pack:-${PREVIRT_PACK:-afterburn}} in
  afterburn) pv_pack=$pv_here/../$pv_pack_afterburn ;;
  typed) pv_pack=$pv_here/../$pv_pack_typed ;;
  *)
    [ -n "$pv_opt_pack" ] && pv_fail "--previrt-pack must be afterburn or typed, not '$pv_opt_pack'"
    pv_fail "PREVIRT_PACK must be afterburn or typed, not '$PREVIRT_PACK'" ;;
esac

# PREVIRT_SKIP and --previrt-skip=: patterns, not file names, so no pathname expansion while
# splitting them. A skipped object gets the generation record marked skipped instead of the pack.
if [ -z "$pv_skip_this" ] && [ -n "${PREVIRT_SKIP:-}$pv_opt_skip" ]; then
  set -f
  for pv_pat in ${PREVIRT_SKIP:-} $pv_opt_skip; do
    case $pv_out in
      $pv_pat) pv_skip_this=1; break ;;
    esac
  done
  set +f
fi
if [ -n "$pv_skip_this" ]; then
  pv_pack=$pv_here/../$pv_pack_skipped
  pv_opt_nop1=
  pv_nop1_env=
else
  pv_nop1_env=${PREVIRT_NOP1:-}
fi
[ -r "$pv_pack" ] || pv_fail "macro pack $pv_pack is missing"

# Rebuild the argument list with the pack before the first input; the for list is fixed when the
# loop starts, so set -- inside it only appends to the new list.
pv_done=
pv_skip=
for pv_a do
  shift
  if [ -n "$pv_skip" ]; then
    pv_skip=
  elif [ -z "$pv_done" ]; then
    case $pv_a in
      -o|-I|-Q|--defsym|-defsym|--MD|-MD|--debug-prefix-map|-debug-prefix-map|-march|--march|-mtune|--mtune)
        pv_skip=1 ;;
      -) set -- "$@" "$pv_pack"; pv_done=1 ;;
      -*) ;;
      *) set -- "$@" "$pv_pack"; pv_done=1 ;;
    esac
  fi
  set -- "$@" "$pv_a"
done
# no input file: gas reads stdin, which must now be named after the pack
[ -n "$pv_done" ] || set -- "$@" "$pv_pack" -
if [ -n "$pv_opt_nop1" ] || [ "$pv_nop1_env" = 1 ]; then
  set -- --defsym PREVIRT_NOP1=1 "$@"
fi
exec "$pv_real" "$@"
</#noparse>
