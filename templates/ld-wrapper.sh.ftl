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
# - Before either, the generation check: every relocatable ELF input with code (a section with the X
#   flag and a size; archive members included, thin archives too) must carry the generation record
#   ${generation.section} with this generation's id (${generation.text}), from the packs or
#   `as -mprevirt`. Objects without it (assembled without the wrapper: a distcc host without it, -B to a
#   missing folder) or with another id (an older pack: a stale object, e.g. from ccache) are named on
#   stderr and the link stops with exit 2 before ld runs. PREVIRT_SKIP-ped objects carry the record
#   marked skipped and pass.
# - Any other run (gcc's links through collect2 under -B, ld --version) execs the real ld untouched.
# Environment:
#   PREVIRT_PLAIN='GLOB...' space-separated shell patterns of inputs that may stay plain, matched against
#                           the path, and for an archive member ARCHIVE(MEMBER) / ARCHIVE[MEMBER] and MEMBER
#   PREVIRT_READELF=PATH    the readelf the check runs (default: readelf on PATH)
#   PREVIRT_REAL_LD=PATH    the linker to exec; default: the first `ld` on PATH other than this file
#   PREVIRT_LD_WRAPPER      set by the wrapper for the ld it runs: a second copy of the wrapper found
#                           on PATH then passes straight through
# Limits: @file response files are not opened (a -T inside one is not seen).

pv_final=${final}
pv_partial=${partial}
pv_gen_want=${generation.dump}
pv_gen_sections="${generation.section} ${generation.partialSection}"
pv_gen_record=${generation.recordSize}
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
# The generation check. One readelf for all inputs (a process per object would cost seconds on a
# kernel link); awk prints one line per refused object: CAUSE TAB NAME [TAB ID].
pv_check() {
  pv_inputs=0
  pv_val=
  for pv_a do
    shift
    if [ -n "$pv_val" ]; then
      pv_val=
      continue
    fi
    case $pv_a in
      -o|-T|-m|-e|-L|-l|-u|-y|-h|-A|-b|-c|-F|-f|-G|-Y|-z|-Map|--script|-dT|--default-script|--defsym|\
      --version-script|--dynamic-list|--section-start|-Ttext|-Tdata|-Tbss|-Ttext-segment|-Trodata-segment|\
      -Tldata-segment|-soname|--out-implib|-rpath|-rpath-link|--dynamic-linker|-I|--exclude-libs|--entry|\
      --output|--library|--library-path|--undefined|--trace-symbol|--architecture|--format|--wrap|--filter|\
      --auxiliary|--retain-symbols-file|--just-symbols|--dependency-file|--plugin|--plugin-opt|--require-defined)
        pv_val=1 ;;
      -*) ;;
      *) [ -f "$pv_a" ] && { set -- "$@" "$pv_a"; pv_inputs=$((pv_inputs + 1)); } ;;
    esac
  done
  [ "$pv_inputs" -gt 0 ] || return 0
  # with one file readelf prints no File: line
  [ "$pv_inputs" -gt 1 ] || set -- "$1" "$1"
  pv_readelf=${PREVIRT_READELF:-readelf}
  command -v "$pv_readelf" >/dev/null 2>&1 || pv_fail "the link check needs readelf ($pv_readelf not found; Debian: binutils)"
  set -f
  for pv_s in $pv_gen_sections; do
    set -- -x "$pv_s" "$@"
  done
  set +f
  pv_bad=$("$pv_readelf" -W -h -S "$@" 2>/dev/null | awk -v want="$pv_gen_want" -v rec="$pv_gen_record" '
    function flush(   i, id) {
      if (name != "" && rel && code && !(name in seen)) {
        seen[name] = 1
        gsub(/ /, "", hex)
        if (hex == "")
          print "none\t" name
        else
          for (i = 1; i + 2 * rec - 1 <= length(hex); i += 2 * rec) {
            id = substr(hex, i, 16)
            if (id != want) { print "stale\t" name "\t" id; break }
          }
      }
      name = ""; rel = 0; code = 0; hex = ""; inhex = 0
    }
    /^File: / { flush(); name = substr($0, 7); next }
    /^  Type:/ { rel = ($2 == "REL"); next }
    /^  \[ *[0-9]+\]/ {
      line = $0
      sub(/^  \[ *[0-9]+\] /, "", line)
      n = split(line, f, " ")
      if (n >= 10 && f[7] ~ /X/ && f[5] !~ /^0+$/) code = 1
      inhex = 0
      next
    }
    /^Hex dump of section / { inhex = 1; next }
    inhex && /^  0x/ { hex = hex substr($0, 14, 35); next }
    END { flush() }')
  [ -n "$pv_bad" ] || return 0
  pv_refused=0
  pv_nl='
'
  pv_ifs=$IFS
  IFS=$pv_nl
  set -f
  for pv_line in $pv_bad; do
    IFS=$pv_ifs
    pv_cause=${pv_line%%"	"*}
    pv_rest=${pv_line#*"	"}
    pv_name=${pv_rest%%"	"*}
    # an archive member matches by ARCHIVE(MEMBER) / ARCHIVE[MEMBER] or by MEMBER alone
    pv_member=$pv_name
    case $pv_name in
      *\)) pv_member=${pv_name%\)}; pv_member=${pv_member##*\(} ;;
      *\]) pv_member=${pv_name%\]}; pv_member=${pv_member##*\[} ;;
    esac
    pv_plain=
    for pv_pat in ${PREVIRT_PLAIN:-}; do
      case $pv_name in
        $pv_pat) pv_plain=1; break ;;
      esac
      case $pv_member in
        $pv_pat) pv_plain=1; break ;;
      esac
    done
    [ -z "$pv_plain" ] || continue
    pv_refused=$((pv_refused + 1))
    if [ "$pv_cause" = none ]; then
      echo "previrt ld wrapper: $pv_name: code without a previrt generation record: assembled without the previrt as wrapper (a build host without it at the same path, or -B to a missing folder); rebuild it through the wrapper, or name it in PREVIRT_PLAIN if it may stay plain" >&2
    else
      echo "previrt ld wrapper: $pv_name: assembled by another previrt generation (${pv_rest#*"	"}, this one is $pv_gen_want): an older pack; rebuild it, or clear ccache (ccache -C)" >&2
    fi
  done
  set +f
  IFS=$pv_ifs
  [ "$pv_refused" -eq 0 ] || pv_fail "link refused: $pv_refused input object(s) not afterburned by this generation (see above); nothing linked"
}

if [ -n "$pv_script" ] || [ -n "$pv_partial_link" ]; then
  pv_check "$@"
fi
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
