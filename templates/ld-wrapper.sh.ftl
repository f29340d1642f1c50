<#-- The linker wrapper for builds that link with their own scripts (Linux: LD=<dir>/ld). Plain POSIX sh. -->
#!/bin/sh
# ${output} -- generated from templates/ld-wrapper.sh.ftl by `tools/previrt generate`; do not edit.
# Source of truth: isa-specs/*.yaml and templates/. previrt ${version}.
#
# Stands in for GNU ld so that a build whose linker scripts do not know the non-allocated record
# sections (${sections}) links them without new warnings and without an edit to its scripts:
#     make ARCH=i386 CC="gcc -B<path>/${output?keep_before_last("/")}/" AS=<path>/${output?keep_before_last("/")}/as LD=<path>/${output}
# - A link with its own script (-T FILE, -TFILE, --script FILE, --script=FILE, -dT FILE; not -Ttext=ADDR
#   and the like) gets a second
#   `-T ${final}`. ld appends the SECTIONS of a second -T script to the first, so the record
#   sections get output statements (address 0, non-allocated, as .comment) and are no orphans: no
#   `--orphan-handling=warn` warning. The script also gives the records of partial links their name back.
# - A partial link (-r, -Ur, -i, --relocatable) without a script gets `-T ${partial}`, which
#   the default script takes in by INSERT: the records travel as ${partialSections}. Linux's
#   modpost warns about every SHT_PROGBITS non-allocated section whose name is not on its list
#   (scripts/mod/modpost.c: section_white_list, which holds ".comment*"); it reads vmlinux.o and the
#   partial links of modules, not the final links, which name them ${sections} again.
# - Any other run (gcc's links through collect2 under -B, ld --version) execs the real ld untouched.
# Environment:
#   PREVIRT_REAL_LD=PATH    the linker to exec; default: the first `ld` on PATH other than this file
#   PREVIRT_LD_WRAPPER      set by the wrapper for the ld it runs: a second copy of the wrapper found
#                           on PATH then passes straight through
# Limits: @file response files are not opened (a -T inside one is not seen).

pv_final=${final}
pv_partial=${partial}
<#noparse>
pv_fail() {
  echo "previrt ld wrapper: $*" >&2
  exit 2
}

case $0 in
  */*) pv_here=${0%/*} ;;
  *) pv_here=. ;;
esac
if [ ! -r "$pv_here/../$pv_final" ]; then
  # reached through a symlink: the scripts are beside the real file
  pv_self=$(readlink -f -- "$0") || pv_fail "cannot resolve $0"
  pv_here=${pv_self%/*}
fi

pv_outer=${PREVIRT_LD_WRAPPER:-}
PREVIRT_LD_WRAPPER=$0
export PREVIRT_LD_WRAPPER

pv_real=${PREVIRT_REAL_LD:-}
if [ -z "$pv_real" ]; then
  pv_ifs=$IFS
  IFS=:
  set -f
  for pv_dir in $PATH; do
    [ -n "$pv_dir" ] || pv_dir=.
    [ -f "$pv_dir/ld" ] && [ -x "$pv_dir/ld" ] || continue
    [ "$pv_dir/ld" -ef "$0" ] && continue
    [ -n "$pv_outer" ] && [ "$pv_dir/ld" -ef "$pv_outer" ] && continue
    pv_real=$pv_dir/ld
    break
  done
  IFS=$pv_ifs
  set +f
  [ -n "$pv_real" ] || pv_fail "no real 'ld' on PATH besides $0 (set PREVIRT_REAL_LD)"
fi
[ -z "$pv_outer" ] || exec "$pv_real" "$@"

pv_script=
pv_partial_link=
for pv_a do
  case $pv_a in
    -Ttext*|-Tdata*|-Tbss*|-Tldata*) ;;
    -T|-T?*|--script|--script=*|-dT|--default-script|--default-script=*) pv_script=1 ;;
    -r|-Ur|-i|--relocatable) pv_partial_link=1 ;;
  esac
done
if [ -n "$pv_script" ]; then
  [ -r "$pv_here/../$pv_final" ] || pv_fail "linker script $pv_here/../$pv_final is missing"
  exec "$pv_real" "$@" -T "$pv_here/../$pv_final"
fi
if [ -n "$pv_partial_link" ]; then
  [ -r "$pv_here/../$pv_partial" ] || pv_fail "linker script $pv_here/../$pv_partial is missing"
  exec "$pv_real" "$@" -T "$pv_here/../$pv_partial"
fi
exec "$pv_real" "$@"
</#noparse>
