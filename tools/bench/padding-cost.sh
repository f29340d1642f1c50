#!/usr/bin/env bash
# padding-cost.sh: what a site's padding costs at run time, on this CPU, in user mode.
#
# Builds tools/bench/padding/loops.s twice, by stock `as --32` and with the macro pack in front,
# links both into one static 32-bit program with bench.c and runs it: every user-mode form in a
# loop, stock and padded side by side, TSC ticks per body (median of --runs runs) and the ratio.
# A benchmark, not a test: the exit code says whether it ran, not how fast. See tools/bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
pack="$root/generated/x86-32/previrt.inc"
runs=31
keep=0
defsyms=()

usage() {
    cat <<'EOF'
usage: tools/bench/padding-cost.sh [--pack PATH] [--defsym SYM=VAL]... [--runs N] [--keep]
  --pack PATH        macro pack to measure (default generated/x86-32/previrt.inc)
  --defsym SYM=VAL   pass --defsym SYM=VAL to the padded build (repeatable), e.g. PREVIRT_NOP1=1
  --runs N           runs per form and version, the median is printed (default 31)
  --keep             keep the work directory and print its path
exit: 0 measured, 2 a tool is missing, 3 bad option or the build failed
EOF
}

die() {
    local code=$1
    shift
    echo "padding-cost: $*" >&2
    exit "$code"
}

while (($#)); do
    case $1 in
        --pack) (($# >= 2)) || die 3 "--pack needs a path"; pack=$2; shift 2 ;;
        --pack=*) pack=${1#--pack=}; shift ;;
        --defsym) (($# >= 2)) || die 3 "--defsym needs SYM=VAL"; defsyms+=(--defsym "$2"); shift 2 ;;
        --defsym=*) defsyms+=(--defsym "${1#--defsym=}"); shift ;;
        --runs) (($# >= 2)) || die 3 "--runs needs a number"; runs=$2; shift 2 ;;
        --runs=*) runs=${1#--runs=}; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die 3 "unknown option: $1" ;;
    esac
done
[[ $runs =~ ^[0-9]+$ ]] && ((runs >= 1 && runs <= 1000)) || die 3 "--runs must be 1..1000"
[[ -f $pack ]] || die 3 "no pack at $pack (run tools/previrt generate)"
[[ $(uname -m) == x86_64 || $(uname -m) == i?86 ]] || die 3 "needs an x86 machine (this is $(uname -m))"

missing=()
for t in as objcopy objdump gcc awk sha256sum; do
    command -v "$t" >/dev/null || missing+=("$t")
done
((${#missing[@]} == 0)) || die 2 "missing: ${missing[*]} (Debian: apt-get install binutils gcc gcc-multilib coreutils)"

work=$(mktemp -d "${TMPDIR:-/tmp}/padding-cost.XXXXXX")
cleanup() {
    if ((keep)); then
        echo "padding-cost: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# How i386 programs run here (tools/i386-exec): under a user-mode emulator the tick counts would time
# the emulator's translation, not the CPU, so the rows then only show that each form runs and its padding.
i386=$("$root/tools/i386-exec" --mode) || die 2 "${i386#none: }"
timing=()
[[ $i386 == native ]] || timing=(--no-timing)

# gcc -m32 -static needs gcc-multilib (libc6-dev-i386 brings libc.a)
printf 'int main(void) { return 0; }\n' >"$work/probe.c"
gcc -m32 -static "$work/probe.c" -o "$work/probe" 2>"$work/probe.log" ||
    die 2 "gcc -m32 -static cannot link (Debian: apt-get install gcc-multilib):
$(head -n 5 "$work/probe.log")"

src="$here/padding/loops.s"
as --32 "$src" -o "$work/stock.o" 2>"$work/as-stock.log" || die 3 "stock as failed: $(cat "$work/as-stock.log")"
as --32 "${defsyms[@]}" "$pack" "$src" -o "$work/padded.o" 2>"$work/as-padded.log" ||
    die 3 "as with the pack failed: $(cat "$work/as-padded.log")"
objcopy --prefix-symbols=stock_ "$work/stock.o" "$work/stock-p.o"
objcopy --prefix-symbols=padded_ "$work/padded.o" "$work/padded-p.o"
# the padded build must have sites and the stock build none, or the table compares nothing
afterburn_size() { objdump -h "$1" | awk '$2 == ".afterburn" { print $3 }'; }
hex=$(afterburn_size "$work/padded.o")
records=$(( ${hex:+16#$hex} + 0 ))
records=$((records / 8))
((records > 0)) || die 3 "the padded build has no .afterburn records"
[[ -z $(afterburn_size "$work/stock.o") ]] || die 3 "the stock build has .afterburn records: is 'as' the previrt wrapper?"
gcc -m32 -static -O2 -Wall -I"$here/padding" "$here/padding/bench.c" "$work/stock-p.o" "$work/padded-p.o" \
    -Wl,-z,noexecstack -o "$work/bench" 2>"$work/link.log" || die 3 "link failed: $(cat "$work/link.log")"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
flags=$(sed -n 's/^flags[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
have() { [[ " $flags " == *" $1 "* ]] && echo yes || echo no; }
echo "padding-cost: $cpu; kernel $(uname -r); umip $(have umip), hypervisor $(have hypervisor), constant_tsc $(have constant_tsc)"
echo "pack: ${pack#"$root"/} sha256 $(sha256sum "$pack" | cut -c1-12)${defsyms[*]:+ (${defsyms[*]})}; $records sites in the padded loops"
if [[ $i386 == native ]]; then
    echo "runs: $runs per form and version, alternating; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
else
    echo "runs: none timed: this kernel runs i386 programs only under qemu-i386, whose ticks time the emulator"
fi
echo
PREVIRT_I386=$i386 "$root/tools/i386-exec" "$work/bench" "$runs" "${timing[@]}"
echo
if [[ $i386 == native ]]; then
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "ticks: TSC ticks per body (not core cycles when the clock is scaled); ratio: median of the per-pair"
    echo "ratios of a padded run and the stock run beside it; padding bytes: per body, from the loop's size"
else
    echo "padding bytes: per body, from the loop's size; each form ran once, stock and padded, under qemu-i386"
fi
