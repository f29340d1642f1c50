#!/usr/bin/env bash
# assembler-cost.sh -- what does the previrt macro pack cost GNU as on real compiler output?
#
# Builds a large real corpus (GNU as itself plus bfd, opcodes, libiberty, zlib and libsframe,
# from Debian's binutils-source, compiled by `gcc -m32 -O2 -S`, one .s per C file), then
# assembles every .s under callgrind with stock gas and with the pack as first input file,
# and prints the ratio of the summed instruction counts.  Instruction counts, not wall time:
# they do not move with the load of a shared machine.
#
# It also checks that the pack is invisible where it should be: for every file that has no
# sensitive instruction, the code the pack assembles must be byte-identical to stock gas's.
#
# Usage: tools/bench/assembler-cost.sh [--pack PATH] [--typed PATH] [--jobs N] [--no-app]
#                                      [--asm-dir DIR] [--keep]
# Exit:  0 measured (the 1.25x goal is informational), 1 a non-sensitive file assembled
#        differently or the pack failed on a file, 2 something is missing and we are not
#        root, 3 the corpus could not be built or stock gas failed.
set -euo pipefail

readonly GOAL=1.25
readonly SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

pack=$ROOT/generated/x86-32/previrt.inc
typed=$ROOT/generated/x86-32/previrt-typed.inc
jobs=1
keep=0
no_app=${PREVIRT_BENCH_NO_APP:-0}
asm_dir=""
work=""

usage() {
    cat <<'EOF'
Usage: tools/bench/assembler-cost.sh [options]
  --pack PATH     macro pack to measure (default: generated/x86-32/previrt.inc)
  --typed PATH    typed pack to measure too (default: generated/x86-32/previrt-typed.inc;
                  "none" to skip)
  --jobs N        parallel jobs for building the corpus and for the callgrind runs
                  (default 1; instruction counts do not depend on it)
  --no-app        also measure every file with a "#NO_APP" first line, which makes gas
                  skip its input scrubber (same as PREVIRT_BENCH_NO_APP=1)
  --asm-dir DIR   measure the .s files in DIR instead of building the binutils corpus
  --keep          keep the temporary work directory and print its path
EOF
}

die() { # die CODE MESSAGE...
    local code=$1
    shift
    printf 'assembler-cost: %s\n' "$*" >&2
    exit "$code"
}

log() { printf '.. %s\n' "$*" >&2; }

parse_args() {
    while (($#)); do
        case $1 in
            --pack) pack=${2:?--pack needs a path}; shift 2 ;;
            --typed) typed=${2:?--typed needs a path}; shift 2 ;;
            --jobs) jobs=${2:?--jobs needs a number}; shift 2 ;;
            --no-app) no_app=1; shift ;;
            --asm-dir) asm_dir=${2:?--asm-dir needs a directory}; shift 2 ;;
            --keep) keep=1; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; die 3 "unknown option: $1" ;;
        esac
    done
    [[ $jobs =~ ^[1-9][0-9]*$ ]] || die 3 "--jobs wants a positive number, not '$jobs'"
    [[ -f $pack ]] || die 3 "no pack at $pack"
    pack=$(realpath "$pack")
    if [[ $typed == none ]]; then
        typed=""
    else
        [[ -f $typed ]] || die 3 "no typed pack at $typed (use --typed none to skip)"
        typed=$(realpath "$typed")
    fi
    if [[ -n $asm_dir ]]; then
        [[ -d $asm_dir ]] || die 3 "no directory $asm_dir"
        asm_dir=$(realpath "$asm_dir")
    fi
}

cleanup() {
    if ((keep)); then
        log "kept work directory $work"
    else
        rm -rf -- "$work"
    fi
}

# ---------------------------------------------------------------- prerequisites

binutils_tarball() { # prints the newest binutils-source tarball, if any
    local t
    for t in /usr/src/binutils/binutils-*.tar.*; do
        [[ -f $t ]] && printf '%s\n' "$t"
    done | sort -V | tail -n 1
}

# A 32-bit link proves libc6-dev-i386 and libgcc's 32-bit parts (gcc-multilib) are there:
# the corpus's configure scripts link and run test programs.
gcc_m32_works() {
    local exe=$work/m32-probe
    printf '#include <stdio.h>\nint main(void){puts("");return 0;}\n' >"$work/m32-probe.c"
    gcc -m32 -O2 "$work/m32-probe.c" -o "$exe" >/dev/null 2>&1 && "$exe" >/dev/null 2>&1
}

missing_packages() { # prints the Debian packages still to install, one a line
    local need_tarball=$1
    command -v valgrind >/dev/null || echo valgrind
    command -v as >/dev/null && command -v objdump >/dev/null || echo binutils
    if ! command -v gcc >/dev/null || ! gcc_m32_works; then echo gcc-multilib; fi
    if ((need_tarball)); then
        command -v make >/dev/null || echo make
        command -v xz >/dev/null || echo xz-utils
        [[ -n $(binutils_tarball) ]] || echo binutils-source
    fi
}

ensure_prerequisites() {
    local -a pkgs
    mapfile -t pkgs < <(missing_packages "$([[ -z $asm_dir ]] && echo 1 || echo 0)")
    ((${#pkgs[@]})) || return 0
    local -a cmd=(apt-get install -y --no-install-recommends "${pkgs[@]}")
    if ((EUID != 0)); then
        printf 'assembler-cost: missing packages; as root run:\n  DEBIAN_FRONTEND=noninteractive %s\n' \
            "${cmd[*]}" >&2
        exit 2
    fi
    log "installing ${pkgs[*]}"
    DEBIAN_FRONTEND=noninteractive "${cmd[@]}" >"$work/apt.log" 2>&1 ||
        { tail -n 20 "$work/apt.log" >&2; die 3 "apt-get install failed (log above)"; }
    pkgs=()
    mapfile -t pkgs < <(missing_packages "$([[ -z $asm_dir ]] && echo 1 || echo 0)")
    ((${#pkgs[@]} == 0)) || die 3 "still missing after install: ${pkgs[*]}"
}

# ---------------------------------------------------------------- the corpus

# The compiler wrapper given to the binutils build as CC.  It compiles exactly as asked (so
# the build goes on), and for every `-c something.c` it compiles the same source once more
# with the build's own -I/-D flags as `gcc -m32 -O2 -S` into $BENCH_ASM_OUT.  Debug and
# warning flags are dropped: the brief is plain -O2 output, and -g would pad every file
# with directives that make the pack look cheaper than it is.  configure's conftest.c
# probes are not part of the code base and are skipped.
write_cc_wrapper() {
    cat >"$1" <<'EOF'
#!/usr/bin/env bash
gcc -m32 "$@" || exit
compile=0 src="" skip=0
args=()
for a in "$@"; do
    if ((skip)); then skip=0; continue; fi
    case $a in
        -c) compile=1 ;;
        -o|-MF|-MT|-MQ) skip=1 ;;
        -g*|-O*|-M*|-W*|-pipe) ;;
        *.c) src=$a; args+=("$a") ;;
        *) args+=("$a") ;;
    esac
done
((compile)) && [[ -n $src ]] || exit 0
base=${src##*/}
base=${base%.c}
[[ $base == conftest* ]] && exit 0
out=$BENCH_ASM_OUT/${PWD##*/}-$base.s
[[ -e $out ]] && exit 0          # libtool may compile one source twice
gcc -m32 -O2 -S -w "${args[@]}" -o "$out"
EOF
    chmod +x "$1"
}

# Configure binutils for i686 as build, host and target (so no cross tools are looked for)
# and build gas with everything it links: `make all-gas` compiles bfd, opcodes, libiberty,
# zlib, libsframe and gas itself.
build_corpus() {
    local tarball=$1 out=$2
    local src=$work/src bld=$work/build
    mkdir -p "$src" "$bld" "$out"
    log "extracting $tarball"
    tar -xf "$tarball" -C "$src" --strip-components=1
    write_cc_wrapper "$work/cc-s"
    log "configuring and building gas with gcc -m32 (-j$jobs); log: $work/build.log"
    (
        cd "$bld"
        export BENCH_ASM_OUT=$out
        "$src/configure" --build=i686-linux-gnu --host=i686-linux-gnu \
            --target=i686-linux-gnu CC="$work/cc-s" --disable-nls --disable-shared \
            --disable-gdb --disable-gdbserver --disable-gprofng --disable-sim \
            --disable-werror
        make -j"$jobs" all-gas
    ) >"$work/build.log" 2>&1 || {
        tail -n 30 "$work/build.log" >&2
        die 3 "building the corpus failed (last lines above)"
    }
}

list_asm() { # list_asm DIR: the .s files, sorted, one a line
    find "$1" -maxdepth 1 -type f -name '*.s' | LC_ALL=C sort
}

# ---------------------------------------------------------------- classifying lines

# Mnemonics the pack overrides with a cheap guard macro that only becomes a site for special
# operands (segment, control, debug, test registers); every other pv_d_<name> in the pack
# is sensitive by mnemonic alone.
readonly GUARDED='mov|movl|movw|push|pushl|pushw|pop|popl|popw'
readonly PREFIXES='(lock|rep|repe|repz|repne|repnz|cs|ds|es|fs|gs|ss|data16|data32|addr16|addr32)'
readonly SPECIAL_REG='%(cs|ds|es|fs|gs|ss|cr[0-9]|db[0-9]|dr[0-9]|tr[0-9])[[:space:]]*(,|$|#)'

sensitive_mnemonics() { # the pack's dispatch names minus the guarded ones, as an ERE group
    { grep -oE '^\.macro pv_d_[a-z0-9]+' "$pack" || true; } | sed 's/^\.macro pv_d_//' |
        { grep -vxE "$GUARDED" || true; } | sort -u | paste -sd'|' -
}

guarded_line_count() { # guarded_line_count FILE...: lines whose mnemonic is a guarded one
    cat -- "$@" | grep -ciE "^[[:space:]]*(${PREFIXES}[[:space:]]+)*(${GUARDED})([[:space:]]|$)" || true
}

# A file is sensitive when a line starts (after whitespace and prefixes) with a
# sensitive mnemonic, or with a guarded one whose operand is a special register as a whole
# (%gs:20, the stack protector's canary, is a memory operand and not sensitive).
is_sensitive() { # is_sensitive FILE
    local lead="^[[:space:]]*(${PREFIXES}[[:space:]]+)*"
    grep -qiE "${lead}(${SENSITIVE})([[:space:]]|;|$)" "$1" ||
        grep -qiE "${lead}(${GUARDED})[[:space:]].*${SPECIAL_REG}" "$1"
}

# ---------------------------------------------------------------- measuring

# Copies of every file with "#NO_APP" as first line: gas then skips its input scrubber for
# that file, and the scrubber is what makes each macro invocation expensive (it copies its
# saved input on every macro push).  gcc's output is not quite scrubber-free as it stands:
# gas 2.40's i386 parser rejects the tab gcc puts between mnemonic and operands ("invalid
# character (0x9) in mnemonic"), so the copies also turn that one tab into a space.  Inline
# asm stays scrubbed: gcc wraps it in #APP/#NO_APP, which switch the scrubber on and off.
# Whether the copies still assemble to the same code is checked (stock vs stock) below.
make_no_app_copies() { # make_no_app_copies FROM TO
    local f
    mkdir -p "$2"
    while IFS= read -r f; do
        { printf '#NO_APP\n'; sed -E 's/^(\t[^\t ]+)\t/\1 /' -- "$f"; } >"$2/${f##*/}"
    done < <(list_asm "$1")
}

# One callgrind run; prints the "Collected" instruction count.
collected() { # collected OBJ INPUT...
    local obj=$1 vlog
    shift
    vlog=$obj.vg
    if ! valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$vlog" \
        as --32 "$@" -o "$obj" 2>"$obj.err"; then
        return 1
    fi
    awk '/Collected :/ { n = $NF } END { if (n == "") exit 1; print n }' "$vlog"
}

# Assemble every file of DIR with the given pack (empty: stock gas), objects to OBJDIR;
# prints the total instruction count.  Failures are listed in OBJDIR/FAILED.
measure_dir() { # measure_dir DIR OBJDIR PACK
    local dir=$1 objdir=$2 p=$3 f name n running=0
    local -a pre=()
    [[ -n $p ]] && pre=("$p")
    mkdir -p "$objdir"
    : >"$objdir/FAILED"
    while IFS= read -r f; do
        name=${f##*/}
        name=${name%.s}
        (
            if n=$(collected "$objdir/$name.o" "${pre[@]}" "$f"); then
                printf '%s\n' "$n" >"$objdir/$name.count"
            else
                printf '%s\n' "$name" >>"$objdir/FAILED"
            fi
        ) &
        running=$((running + 1))
        if ((running >= jobs)); then
            wait -n || true
            running=$((running - 1))
        fi
    done < <(list_asm "$dir")
    wait
    find "$objdir" -name '*.count' -exec cat {} + | awk '{ s += $1 } END { printf "%.0f\n", s }'
}

# The code of an object as disassembly with relocations, minus objdump's header line that
# names the file: equal text means byte-identical code in every executable section.
code_of() { objdump -d -r -z "$1" 2>&1 | tail -n +4; }

# For every non-sensitive file, stock and pack code must be identical.  Prints
# "identical differing"; the names of differing files go to DIFFS.
identity_check() { # identity_check STOCK_OBJDIR PACK_OBJDIR NONSENSITIVE_LIST DIFFS
    local same=0 diff=0 name
    : >"$4"
    while IFS= read -r name; do
        if cmp -s <(code_of "$1/$name.o") <(code_of "$2/$name.o"); then
            same=$((same + 1))
        else
            diff=$((diff + 1))
            printf '%s\n' "$name" >>"$4"
        fi
    done <"$3"
    printf '%d %d\n' "$same" "$diff"
}

afterburn_files() { # afterburn_files OBJDIR LIST: how many listed objects carry records
    local n=0 name
    while IFS= read -r name; do
        objdump -h "$1/$name.o" | grep -q '[[:space:]]\.afterburn[[:space:]]' && n=$((n + 1))
    done <"$2"
    printf '%d\n' "$n"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
verdict() { awk -v r="$1" -v g="$GOAL" 'BEGIN { print (r <= g ? "PASS" : "OVER") }'; }

# ---------------------------------------------------------------- main

# Measures one variant (plain or NO_APP) for stock, pack and typed pack; sets the globals
# stock_total, pack_total, typed_total and adds failures to pack_failures.
measure_variant() { # measure_variant LABEL DIR
    local label=$1 dir=$2
    log "$label: stock gas under callgrind"
    stock_total=$(measure_dir "$dir" "$work/obj/$label-stock" "")
    [[ -s $work/obj/$label-stock/FAILED ]] &&
        die 3 "stock gas failed ($label) on: $(paste -sd' ' "$work/obj/$label-stock/FAILED")"
    log "$label: $(basename "$pack") under callgrind"
    pack_total=$(measure_dir "$dir" "$work/obj/$label-pack" "$pack")
    typed_total=""
    if [[ -n $typed ]]; then
        log "$label: $(basename "$typed") under callgrind"
        typed_total=$(measure_dir "$dir" "$work/obj/$label-typed" "$typed")
    fi
    local kind
    for kind in pack typed; do
        [[ -s $work/obj/$label-$kind/FAILED ]] || continue
        printf 'FAIL: %s (%s) failed to assemble: %s\n' "$kind" "$label" \
            "$(paste -sd' ' "$work/obj/$label-$kind/FAILED")"
        pack_failures=$((pack_failures + 1))
    done
}

print_ratio() { # print_ratio NAME TOTAL FAILED_LIST
    local r judged
    r=$(ratio "$2" "$stock_total")
    judged=$(verdict "$r")
    # A sum that misses files says nothing about the goal.
    [[ -s $3 ]] && judged="INCOMPLETE ($(wc -l <"$3") files failed)"
    printf '  %-17s %15d instructions  ratio %sx  goal <= %sx: %s\n' \
        "$1" "$2" "$r" "$GOAL" "$judged"
}

print_ratios() { # print_ratios LABEL TITLE
    printf '%s\n' "$2"
    printf '  stock gas         %15d instructions\n' "$stock_total"
    print_ratio "$(basename "$pack")" "$pack_total" "$work/obj/$1-pack/FAILED"
    if [[ -n $typed_total ]]; then
        print_ratio "$(basename "$typed")" "$typed_total" "$work/obj/$1-typed/FAILED"
    fi
}

# Identity of the code for non-sensitive files, for the pack and the typed pack.
check_identity() { # check_identity LABEL
    local label=$1 kind same diffc
    for kind in pack typed; do
        [[ -d $work/obj/$label-$kind ]] || continue
        read -r same diffc < <(identity_check "$work/obj/$label-stock" "$work/obj/$label-$kind" \
            "$work/nonsensitive" "$work/diff-$label-$kind")
        printf '  %-6s %-5s: %d of %d non-sensitive files byte-identical to stock' \
            "$label" "$kind" "$same" "$nonsensitive_count"
        if ((diffc)); then
            printf ', %d DIFFER: %s\n' "$diffc" "$(head -n 10 "$work/diff-$label-$kind" | paste -sd' ')"
            identity_failures=$((identity_failures + diffc))
        else
            printf '\n'
        fi
    done
}

main() {
    parse_args "$@"
    work=$(mktemp -d "${TMPDIR:-/tmp}/assembler-cost.XXXXXX")
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    ensure_prerequisites

    local corpus="$work/asm" desc
    if [[ -n $asm_dir ]]; then
        corpus=$asm_dir
        desc="the .s files in $asm_dir"
    else
        local tarball version
        tarball=$(binutils_tarball)
        version=$(dpkg-query -W -f='${Version}' binutils-source 2>/dev/null || echo '?')
        build_corpus "$tarball" "$corpus"
        desc="binutils-source $version ($(basename "$tarball")): gas, bfd, opcodes, libiberty, zlib, libsframe as built by 'make all-gas' for i686, each C file as gcc -m32 -O2 -S ($(gcc -dumpfullversion))"
    fi

    local -a files
    mapfile -t files < <(list_asm "$corpus")
    ((${#files[@]})) || die 3 "no .s files in the corpus"

    SENSITIVE=$(sensitive_mnemonics)
    [[ -n $SENSITIVE ]] || die 3 "no pv_d_<mnemonic> macros in $pack: cannot tell sensitive files"
    local f sensitive_count=0
    : >"$work/nonsensitive"
    for f in "${files[@]}"; do
        if is_sensitive "$f"; then
            sensitive_count=$((sensitive_count + 1))
        else
            f=${f##*/}
            printf '%s\n' "${f%.s}" >>"$work/nonsensitive"
        fi
    done
    nonsensitive_count=$(wc -l <"$work/nonsensitive")

    local lines guarded start=$SECONDS
    lines=$(cat -- "${files[@]}" | wc -l)
    guarded=$(guarded_line_count "${files[@]}")

    pack_failures=0
    identity_failures=0
    measure_variant plain "$corpus"
    local plain_stock=$stock_total plain_pack=$pack_total plain_typed=$typed_total
    local na_stock="" na_pack="" na_typed=""
    if ((no_app)); then
        make_no_app_copies "$corpus" "$work/asm-no-app"
        measure_variant no-app "$work/asm-no-app"
        na_stock=$stock_total na_pack=$pack_total na_typed=$typed_total
    fi

    # A pack with no input at all: its fixed cost, paid once per assembled file.
    : >"$work/empty.s"
    local empty_stock empty_pack
    empty_stock=$(collected "$work/empty-stock.o" "$work/empty.s")
    empty_pack=$(collected "$work/empty-pack.o" "$pack" "$work/empty.s")

    printf '\n== previrt assembler cost (callgrind instruction counts, %s)\n' "$(as --version | head -n 1)"
    printf 'corpus: %s\n' "$desc"
    printf '  %d files, %d lines of assembly, %d mov/movl/movw/push*/pop* lines (guard macro), %d files with sensitive instructions\n' \
        "${#files[@]}" "$lines" "$guarded" "$sensitive_count"
    printf 'pack:   %s (sha256 %.12s)\n' "$pack" "$(sha256sum <"$pack")"
    printf '  fixed cost per assembled file (empty input): %d instructions (stock: %d)\n' \
        "$((empty_pack - empty_stock))" "$empty_stock"
    stock_total=$plain_stock pack_total=$plain_pack typed_total=$plain_typed
    print_ratios plain 'as --32 [PACK] FILE.s -o FILE.o, summed over the files:'
    if ((no_app)); then
        stock_total=$na_stock pack_total=$na_pack typed_total=$na_typed
        print_ratios no-app 'same with "#NO_APP" first and mnemonic tab made a space (input scrubber skipped), both sides:'
        printf '  (no-app pack vs plain stock: %sx)\n' "$(ratio "$na_pack" "$plain_stock")"
    fi

    printf 'identity (all code sections, objdump -d -r, files with no sensitive instruction):\n'
    check_identity plain
    ((no_app)) && check_identity no-app
    if ((no_app)); then
        # The NO_APP figure means something only if unscrubbed input assembles the same.
        local same diffc
        read -r same diffc < <(identity_check "$work/obj/plain-stock" "$work/obj/no-app-stock" \
            <(list_asm "$corpus" | sed 's|.*/||; s|\.s$||') "$work/diff-scrub")
        printf '  stock gas with and without the scrubber: %d of %d files identical\n' \
            "$same" "$((same + diffc))"
    fi
    printf '  objects with .afterburn records among non-sensitive files: %d\n' \
        "$(afterburn_files "$work/obj/plain-pack" "$work/nonsensitive")"
    printf 'measured in %ds (callgrind runs, %d job(s))\n' "$((SECONDS - start))" "$jobs"

    if ((identity_failures || pack_failures)); then
        printf 'FAIL: %d non-sensitive file(s) differ, %d pack run set(s) failed\n' \
            "$identity_failures" "$pack_failures"
        exit 1
    fi
}

main "$@"; exit  # exit here: never read past this line if the file is edited mid-run
