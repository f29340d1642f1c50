#!/usr/bin/env bash
# assembler-cost.sh -- what does the previrt macro pack cost GNU as on real compiler output?
#
# Builds a large real corpus (GNU as itself plus bfd, opcodes, libiberty, zlib and libsframe,
# from Debian's binutils-source, compiled by `gcc -m32 -O2 -S`, one .s per C file), then
# assembles every .s under callgrind with stock gas and with the pack as first input file,
# and prints the ratio of the summed instruction counts.  Instruction counts, not wall time:
# they do not move with the load of a shared machine.
#
# Rows: the full pack, the typed pack, and the patched gas of `tools/previrt binutils` with
# -mprevirt against the same patched gas without it.  With --build-time it also times whole builds of the corpus with
# and without the as wrapper (generated/x86-32/bin/as through gcc -B).
#
# It also checks that the pack is invisible where it should be: for every file that has no
# sensitive instruction, the code the pack (or -mprevirt) assembles must be byte-identical to
# what the same gas assembles without it.
#
# Usage: tools/bench/assembler-cost.sh [--pack PATH] [--typed PATH] [--defsym SYM=VAL]...
#                                      [--patched-as PATH|none] [--jobs N] [--no-app]
#                                      [--build-time] [--build-runs N] [--asm-dir DIR] [--keep]
# Exit:  0 measured (the goals are informational), 1 a non-sensitive file assembled
#        differently or the pack (or -mprevirt) failed on a file, 2 something is missing and
#        we are not root, 3 setup failed: the corpus, the patched gas or a baseline gas.
set -euo pipefail

readonly GOAL=1.25          # pack rows: pack over stock gas
readonly GOAL_PATCHED=1.03  # as-new -mprevirt over the same as-new without it
readonly SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

pack=$ROOT/generated/x86-32/previrt.inc
typed=$ROOT/generated/x86-32/previrt-typed.inc
jobs=1
keep=0
no_app=${PREVIRT_BENCH_NO_APP:-0}
asm_dir=""
work=""
defsyms=()          # --defsym SYM=VAL, given to every pack run
patched_as=""       # --patched-as: path, "none", or empty to build it in the work directory
build_time=0
build_runs=3
readonly WRAPPER_DIR=$ROOT/generated/x86-32/bin
readonly WRAPPER_PACK=$ROOT/generated/x86-32/previrt.inc  # what the wrapper reads by default

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
  --defsym SYM=VAL
                  pass --defsym SYM=VAL to gas on every pack run (repeatable)
  --patched-as PATH
                  gas patched by `tools/previrt binutils` (its build/gas/as-new), measured
                  with -mprevirt against itself without it; default: import, apply and
                  build it in the work directory; "none" to skip that row
  --build-time    also time whole builds of the binutils corpus (configure + make -j1
                  all-gas) with CC="gcc -m32" and with the as wrapper through -B
                  (slow: 2 builds of about 70 s for each of --build-runs)
  --build-runs N  builds per variant for --build-time; the median is printed (default 3)
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
            --defsym) defsyms+=("${2:?--defsym needs SYM=VAL}"); shift 2 ;;
            --patched-as) patched_as=${2:?--patched-as needs a path or none}; shift 2 ;;
            --build-time) build_time=1; shift ;;
            --build-runs) build_runs=${2:?--build-runs needs a number}; shift 2 ;;
            --asm-dir) asm_dir=${2:?--asm-dir needs a directory}; shift 2 ;;
            --keep) keep=1; shift ;;
            -h|--help) usage; exit 0 ;;
            *) usage >&2; die 3 "unknown option: $1" ;;
        esac
    done
    [[ $jobs =~ ^[1-9][0-9]*$ ]] || die 3 "--jobs wants a positive number, not '$jobs'"
    [[ $build_runs =~ ^[1-9][0-9]*$ ]] || die 3 "--build-runs wants a positive number, not '$build_runs'"
    local d
    for d in "${defsyms[@]}"; do
        # gas's own syntax for --defsym; anything else would only fail later, once per file
        [[ $d =~ ^[A-Za-z_.$][A-Za-z0-9_.$]*=[^[:space:]]+$ ]] ||
            die 3 "--defsym wants SYM=VAL, not '$d'"
    done
    if [[ -n $patched_as && $patched_as != none ]]; then
        [[ -f $patched_as && -x $patched_as ]] || die 3 "no executable at $patched_as"
        patched_as=$(realpath "$patched_as")
    fi
    if ((build_time)); then
        # The builds get CC as one string that configure splits on blanks.
        [[ $WRAPPER_DIR != *[[:space:]]* ]] || die 3 "--build-time: the checkout path has blanks: $WRAPPER_DIR"
        [[ -x $WRAPPER_DIR/as ]] || die 3 "--build-time: no as wrapper at $WRAPPER_DIR/as"
    fi
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
# the corpus's configure scripts link test programs (and run them only where i386 programs run natively:
# see CONFIGURE_ARGS), so nothing here needs qemu-i386.
gcc_m32_works() {
    local exe=$work/m32-probe
    printf '#include <stdio.h>\nint main(void){puts("");return 0;}\n' >"$work/m32-probe.c"
    gcc -m32 -O2 "$work/m32-probe.c" -o "$exe" >/dev/null 2>&1
}

# The tarball is needed to build the corpus, to build the patched gas and for --build-time.
need_tarball() { [[ -z $asm_dir || -z $patched_as ]] || ((build_time)); }

missing_packages() { # prints the Debian packages still to install, one a line
    command -v valgrind >/dev/null || echo valgrind
    command -v as >/dev/null && command -v objdump >/dev/null || echo binutils
    if ! command -v gcc >/dev/null || ! gcc_m32_works; then echo gcc-multilib; fi
    if need_tarball; then
        command -v make >/dev/null || echo make
        command -v xz >/dev/null || echo xz-utils
        [[ -n $(binutils_tarball) ]] || echo binutils-source
    fi
    if [[ -z $patched_as ]]; then
        # what `tools/previrt binutils build` checks for, and java for tools/previrt
        command -v bison >/dev/null || echo bison
        command -v flex >/dev/null || echo flex
        command -v makeinfo >/dev/null || echo texinfo
        command -v java >/dev/null || echo openjdk-17-jre-headless
    fi
    return 0
}

ensure_prerequisites() {
    local -a pkgs
    mapfile -t pkgs < <(missing_packages)
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
    mapfile -t pkgs < <(missing_packages)
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

# Configure binutils for i686 as build, host and target (so no cross tools are looked for); where
# this kernel runs no i386 programs (tools/i386-exec), as a cross build from this machine instead,
# so configure runs none of its test programs (it then warns that ar and ranlib lack the prefix)
# and build gas with everything it links: `make all-gas` compiles bfd, opcodes, libiberty,
# zlib, libsframe and gas itself.  --build-time configures the same way, so its builds
# compile the very files the corpus holds.
if [[ $("$ROOT/tools/i386-exec" --mode 2>/dev/null) == native ]]; then
    build_host=(--build=i686-linux-gnu --host=i686-linux-gnu)
else
    build_host=(--build="$(uname -m)-pc-linux-gnu" --host=i686-linux-gnu)
fi
readonly -a CONFIGURE_ARGS=("${build_host[@]}"
    --target=i686-linux-gnu --disable-nls --disable-shared --disable-gdb --disable-gdbserver
    --disable-gprofng --disable-sim --disable-werror)

# The binutils sources, unpacked once into $work/src (the builds are out of tree).
extract_source() { # extract_source TARBALL
    [[ -x $work/src/configure ]] && return 0
    mkdir -p "$work/src"
    log "extracting $1"
    tar -xf "$1" -C "$work/src" --strip-components=1
}

build_corpus() {
    local tarball=$1 out=$2
    local src=$work/src bld=$work/build
    extract_source "$tarball"
    mkdir -p "$bld" "$out"
    write_cc_wrapper "$work/cc-s"
    log "configuring and building gas with gcc -m32 (-j$jobs); log: $work/build.log"
    (
        cd "$bld"
        export BENCH_ASM_OUT=$out
        "$src/configure" "${CONFIGURE_ARGS[@]}" CC="$work/cc-s"
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

mnemonic_line_count() { # mnemonic_line_count ERE FILE...: lines whose mnemonic matches ERE
    local ere=$1
    shift
    cat -- "$@" | grep -ciE "^[[:space:]]*(${PREFIXES}[[:space:]]+)*(${ere})([[:space:]]|$)" || true
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

# One callgrind run of `AS --32 ARG... -o OBJ`; prints the "Collected" instruction count.
collected() { # collected OBJ AS ARG...
    local obj=$1 asm=$2 vlog=$1.vg
    shift 2
    if ! valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$vlog" \
        "$asm" --32 "$@" -o "$obj" 2>"$obj.err"; then
        return 1
    fi
    awk '/Collected :/ { n = $NF } END { if (n == "") exit 1; print n }' "$vlog"
}

# The rows.  Each is a kind: the assembler and what goes on its command line before the
# file.  The pack rows and stock gas run Debian's as; the two patched rows run as-new, which
# is built differently (static libbfd, no Debian patches), so they are compared only with
# each other.
row_as=""
row_pre=()
row_command() { # row_command KIND: sets row_as and row_pre
    local d
    local -a ds=()
    for d in "${defsyms[@]}"; do ds+=(--defsym "$d"); done
    case $1 in
        stock) row_as=as row_pre=() ;;
        pack) row_as=as row_pre=("${ds[@]}" "$pack") ;;
        typed) row_as=as row_pre=("${ds[@]}" "$typed") ;;
        patched) row_as=$patched_as row_pre=() ;;
        mprevirt) row_as=$patched_as row_pre=(-mprevirt) ;;
        *) die 3 "internal: no row kind $1" ;;
    esac
}

row_label() { # row_label KIND: the name a row is printed with
    case $1 in
        stock) printf 'stock gas' ;;
        pack) basename -- "$pack" ;;
        typed) basename -- "$typed" ;;
        patched) printf 'as-new' ;;
        mprevirt) printf 'as-new -mprevirt' ;;
    esac
}

# Assemble every file of DIR as row KIND, objects to OBJDIR; prints the total instruction
# count.  Failures are listed in OBJDIR/FAILED.
measure_dir() { # measure_dir DIR OBJDIR KIND
    local dir=$1 objdir=$2 f name n running=0
    row_command "$3"
    mkdir -p "$objdir"
    : >"$objdir/FAILED"
    while IFS= read -r f; do
        name=${f##*/}
        name=${name%.s}
        (
            if n=$(collected "$objdir/$name.o" "$row_as" "${row_pre[@]}" "$f"); then
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

# For every non-sensitive file, base and measured code must be identical.  Prints
# "identical differing"; the names of differing files go to DIFFS.
identity_check() { # identity_check BASE_OBJDIR OBJDIR NONSENSITIVE_LIST DIFFS
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
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r <= g ? "PASS" : "OVER") }'; }

# ---------------------------------------------------------------- the patched gas

# Same hash as PatchSeries.hash() in tools/: the version, then "\n<file> <sha256>" for each
# patch of the series.  The test suite's cached build lives in binutils-build/<first 16>/,
# so a --patched-as from that cache can be told current or stale.
series_hash() {
    local dir=$ROOT/patches/binutils-2.40 p
    [[ -f $dir/series ]] || return 0
    {
        printf '2.40'
        while IFS= read -r p; do
            [[ -z $p || $p == \#* ]] && continue
            printf '\n%s %s' "$p" "$(sha256sum <"$dir/$p" | cut -c1-64)"
        done <"$dir/series"
    } | sha256sum | cut -c1-64
}

# Import, patch and build gas in the work directory as docs/binutils.md does
# (import, apply, build); prints the path of as-new.
build_patched_as() { # build_patched_as TARBALL
    local co=$work/binutils-git blog=$work/patched-build.log path
    log "building the patched gas with tools/previrt binutils (-j$jobs); log: $blog"
    {
        "$ROOT/tools/previrt" binutils import --tarball "$1" --into "$co" &&
            "$ROOT/tools/previrt" binutils apply --checkout "$co" &&
            "$ROOT/tools/previrt" binutils build --checkout "$co" --jobs "$jobs"
    } >"$blog" 2>&1 || {
        tail -n 20 "$blog" >&2
        die 3 "building the patched gas failed (last lines above)"
    }
    path=$(sed -n 's/^binutils build: as = //p' "$blog" | tail -n 1)
    [[ -n $path ]] || die 3 "tools/previrt binutils build named no as (log: $blog)"
    printf '%s\n' "$path"
}

# A cached build from the test suite says which series it is; anything else we cannot tell.
patched_provenance() {
    local hash
    hash=$(series_hash)
    if [[ $patched_as == "$work"/* ]]; then
        printf 'built here from patches/binutils-2.40 (series %.12s)' "$hash"
    elif [[ $patched_as =~ /binutils-build/([0-9a-f]{16})/ ]]; then
        if [[ ${BASH_REMATCH[1]} == "${hash:0:16}" ]]; then
            printf 'cached build of the current series %.12s' "$hash"
        else
            printf 'cached build of series %s, NOT the current %.16s' "${BASH_REMATCH[1]}" "$hash"
        fi
    else
        printf 'given; current series is %.12s' "$hash"
    fi
}

# ---------------------------------------------------------------- whole builds

# The variants of --build-time: the plain build and the build with the as wrapper found
# through gcc -B.
readonly -a BUILD_VARIANTS=(plain wrapper)

build_cc() { # build_cc VARIANT: the CC the build gets
    case $1 in
        plain) printf 'gcc -m32' ;;
        *) printf 'gcc -m32 -B%s/' "$WRAPPER_DIR" ;;
    esac
}

build_label() { # build_label VARIANT
    case $1 in
        plain) printf 'CC="gcc -m32"' ;;
        wrapper) printf 'CC="gcc -m32 -B$W/"' ;;
    esac
}

# The environment of one build: nothing inherited that steers the wrapper.  Used in a
# subshell.
build_env() {
    unset PREVIRT_PACK PREVIRT_NOP1 PREVIRT_REAL_AS PREVIRT_AS_WRAPPER CCACHE_DIR
    export CCACHE_DISABLE=1
}

# Before timing anything: gcc must take the wrapper from -B, and the wrapper must make
# sites (a C file with an inline `cli` has to come out with .afterburn), or the wrapper
# row would time a plain build.
check_wrapper() {
    local cc
    [[ $(gcc -B"$WRAPPER_DIR/" -print-prog-name=as) == "$WRAPPER_DIR/as" ]] ||
        die 3 "gcc does not take as from $WRAPPER_DIR/"
    printf 'void f(void) { __asm__ volatile("cli"); }\n' >"$work/wrapper-probe.c"
    cc=$(build_cc wrapper)
    (
        build_env
        # shellcheck disable=SC2086  # CC is words, as make and configure use it
        $cc -c "$work/wrapper-probe.c" -o "$work/wrapper-probe.o"
    ) >"$work/wrapper-probe.log" 2>&1 || die 3 "the as wrapper failed: $(head -n 3 "$work/wrapper-probe.log")"
    objdump -h "$work/wrapper-probe.o" | grep -q '[[:space:]]\.afterburn[[:space:]]' ||
        die 3 "the as wrapper made no site: is $WRAPPER_DIR/as in use?"
}

now() { printf '%s' "${EPOCHREALTIME/,/.}"; }

# One whole build, configure included, in a fresh directory: prints its wall seconds.
# make -j1: one step at a time, so the time is the sum of the steps, and no variant gains or
# loses by how its parallel jobs happen to share the cores with other users.
timed_build() { # timed_build VARIANT RUN
    local v=$1 bld=$work/bt-build blog=$work/bt-$1-$2.log cc t0 t1
    cc=$(build_cc "$v")
    rm -rf -- "$bld"
    mkdir -p "$bld"
    t0=$(now)
    (
        cd "$bld"
        build_env
        "$work/src/configure" "${CONFIGURE_ARGS[@]}" CC="$cc"
        make -j1 all-gas
    ) >"$blog" 2>&1 || {
        tail -n 20 "$blog" >&2
        die 3 "whole build ($v, run $2) failed (last lines above)"
    }
    t1=$(now)
    rm -rf -- "$bld"
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", b - a }'
}

median() { # median N...
    printf '%s\n' "$@" | sort -g |
        awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs every variant build_runs times, rotating the order each run so that no variant is
# always first (cold caches) or always at the same point of a neighbour's load; sets
# build_times[VARIANT] to the list of seconds.
declare -A build_times=()
measure_builds() {
    local r i v secs n=${#BUILD_VARIANTS[@]}
    for v in "${BUILD_VARIANTS[@]}"; do build_times[$v]=""; done
    for ((r = 0; r < build_runs; r++)); do
        for ((i = 0; i < n; i++)); do
            v=${BUILD_VARIANTS[(r + i) % n]}
            log "whole build $((r + 1))/$build_runs: $(build_label "$v")"
            secs=$(timed_build "$v" "$((r + 1))")
            log "  ${secs}s"
            build_times[$v]+=" $secs"
        done
    done
}

print_builds() { # print_builds LOAD_BEFORE
    local v base med r
    # shellcheck disable=SC2086  # the lists are numbers
    base=$(median ${build_times[plain]})
    printf '\nwhole build: configure + make -j1 all-gas of %s for i686, wall time, median of %d:\n' \
        "$(basename "$(binutils_tarball)")" "$build_runs"
    for v in "${BUILD_VARIANTS[@]}"; do
        # shellcheck disable=SC2086
        med=$(median ${build_times[$v]})
        r=""
        [[ $v == plain ]] || r="ratio $(ratio "$med" "$base")x"
        printf '  %-36s %7.1f s  %-13s runs:%s\n' "$(build_label "$v")" "$med" "$r" "${build_times[$v]}"
    done
    printf '  W=%s (wrapper: pack %s, sha256 %s; real as: %s)\n' "$WRAPPER_DIR" \
        "$WRAPPER_PACK" "$(short_sha "$WRAPPER_PACK")" "$(command -v as)"
    printf '  load average before: %s; after: %s (wall time on a shared machine)\n' \
        "$1" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '  the assembler step alone is the callgrind figure above: %s %sx (over stock gas)\n' \
        "$(row_label pack)" "$(ratio "${total[plain-pack]}" "${total[plain-stock]}")"
}

# ---------------------------------------------------------------- main

# Totals by "VARIANT-KIND" (plain-stock, no-app-pack, plain-mprevirt, ...).
declare -A total=()

# Measures the given row kinds on DIR; the base kind (stock gas, or as-new for the
# patched rows) must assemble every file, a measured kind that fails is counted.
measure_rows() { # measure_rows VARIANT DIR BASEKIND KIND...
    local variant=$1 dir=$2 base=$3 kind
    shift 3
    for kind in "$base" "$@"; do
        log "$variant: $(row_label "$kind") under callgrind"
        total[$variant-$kind]=$(measure_dir "$dir" "$work/obj/$variant-$kind" "$kind")
    done
    [[ -s $work/obj/$variant-$base/FAILED ]] &&
        die 3 "$(row_label "$base") failed ($variant) on: $(paste -sd' ' "$work/obj/$variant-$base/FAILED")"
    for kind in "$@"; do
        [[ -s $work/obj/$variant-$kind/FAILED ]] || continue
        printf 'FAIL: %s (%s) failed to assemble: %s\n' "$(row_label "$kind")" "$variant" \
            "$(paste -sd' ' "$work/obj/$variant-$kind/FAILED")"
        pack_failures=$((pack_failures + 1))
    done
    return 0
}

print_base() { # print_base VARIANT KIND
    printf '  %-28s %15d instructions\n' "$(row_label "$2")" "${total[$1-$2]}"
}

print_row() { # print_row VARIANT BASEKIND KIND GOAL
    local r judged failed=$work/obj/$1-$3/FAILED
    r=$(ratio "${total[$1-$3]}" "${total[$1-$2]}")
    judged=$(verdict "$r" "$4")
    # A sum that misses files says nothing about the goal.
    [[ -s $failed ]] && judged="INCOMPLETE ($(wc -l <"$failed") files failed)"
    printf '  %-28s %15d instructions  ratio %sx  goal <= %sx: %s\n' \
        "$(row_label "$3")" "${total[$1-$3]}" "$r" "$4" "$judged"
}

print_pack_rows() { # print_pack_rows VARIANT TITLE
    local kind
    printf '%s\n' "$2"
    print_base "$1" stock
    for kind in "${pack_kinds[@]}"; do
        print_row "$1" stock "$kind" "$GOAL"
    done
}

# Identity of the code for non-sensitive files, for each measured kind against its base.
check_identity() { # check_identity VARIANT BASEKIND KIND...
    local variant=$1 base=$2 kind same diffc
    shift 2
    for kind in "$@"; do
        read -r same diffc < <(identity_check "$work/obj/$variant-$base" "$work/obj/$variant-$kind" \
            "$work/nonsensitive" "$work/diff-$variant-$kind")
        printf '  %-6s %-28s %d of %d non-sensitive files byte-identical to %s' \
            "$variant" "$(row_label "$kind"):" "$same" "$nonsensitive_count" "$(row_label "$base")"
        if ((diffc)); then
            printf ', %d DIFFER: %s\n' "$diffc" "$(head -n 10 "$work/diff-$variant-$kind" | paste -sd' ')"
            identity_failures=$((identity_failures + diffc))
        else
            printf '\n'
        fi
    done
}

# The packs are read at every run, and may be edited while a long run goes on: fingerprint
# them at the start, print that, and say so at the end if any changed meanwhile.
pack_files() { # the files the rows and the wrapper read, one a line
    printf '%s\n' "$pack"
    [[ -n $typed ]] && printf '%s\n' "$typed"
    ((build_time)) && printf '%s\n' "$WRAPPER_PACK" "$WRAPPER_DIR/as"
    return 0
}

fingerprints() { pack_files | sort -u | xargs -d '\n' sha256sum; }

short_sha() { # short_sha FILE: the first 12 hex digits of its sha256 at the start
    awk -v f="$1" '$2 == f { print substr($1, 1, 12); exit }' "$work/fingerprints"
}

warn_if_packs_changed() {
    local changed
    changed=$(fingerprints | { diff "$work/fingerprints" - || true; } | awk '/^>/ { print $3 }' | paste -sd' ')
    [[ -z $changed ]] ||
        printf 'WARNING: changed during the run (figures mix versions): %s\n' "$changed"
}

# Instructions a row spends on an empty input, minus its base's: the fixed cost each
# assembled file pays once (for a pack: parsing its definitions).
fixed_cost() { # fixed_cost BASEKIND KIND
    local a b
    row_command "$1"
    a=$(collected "$work/empty-$1.o" "$row_as" "${row_pre[@]}" "$work/empty.s")
    row_command "$2"
    b=$(collected "$work/empty-$2.o" "$row_as" "${row_pre[@]}" "$work/empty.s")
    printf '%d %d\n' "$((b - a))" "$a"
}

main() {
    parse_args "$@"
    work=$(mktemp -d "${TMPDIR:-/tmp}/assembler-cost.XXXXXX")
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    ensure_prerequisites

    local corpus="$work/asm" desc tarball=""
    need_tarball && tarball=$(binutils_tarball)
    if [[ -n $asm_dir ]]; then
        corpus=$asm_dir
        desc="the .s files in $asm_dir"
    else
        local version
        version=$(dpkg-query -W -f='${Version}' binutils-source 2>/dev/null || echo '?')
        build_corpus "$tarball" "$corpus"
        desc="binutils-source $version ($(basename "$tarball")): gas, bfd, opcodes, libiberty, zlib, libsframe as built by 'make all-gas' for i686, each C file as gcc -m32 -O2 -S ($(gcc -dumpfullversion))"
    fi
    if [[ $patched_as == none ]]; then
        patched_as=""
    else
        [[ -n $patched_as ]] || patched_as=$(build_patched_as "$tarball")
        "$patched_as" --help 2>&1 | grep -q -- '-mprevirt' ||
            die 3 "$patched_as knows no -mprevirt: not a gas patched by tools/previrt binutils"
    fi
    if ((build_time)); then
        extract_source "$tarball"
        check_wrapper
    fi
    fingerprints >"$work/fingerprints"

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
    guarded=$(mnemonic_line_count "$GUARDED" "${files[@]}")

    pack_kinds=(pack)
    [[ -n $typed ]] && pack_kinds+=(typed)
    pack_failures=0
    identity_failures=0
    measure_rows plain "$corpus" stock "${pack_kinds[@]}"
    [[ -n $patched_as ]] && measure_rows plain "$corpus" patched mprevirt
    if ((no_app)); then
        make_no_app_copies "$corpus" "$work/asm-no-app"
        measure_rows no-app "$work/asm-no-app" stock "${pack_kinds[@]}"
    fi

    : >"$work/empty.s"
    local empty_pack empty_mprevirt empty_base
    read -r empty_pack empty_base < <(fixed_cost stock pack)

    printf '\n== previrt assembler cost (callgrind instruction counts, %s)\n' "$(as --version | head -n 1)"
    printf 'corpus: %s\n' "$desc"
    printf '  %d files, %d lines of assembly, %d mov/movl/movw/push*/pop* lines (guard macro), %d files with sensitive instructions\n' \
        "${#files[@]}" "$lines" "$guarded" "$sensitive_count"
    printf 'pack:   %s (sha256 %s)\n' "$pack" "$(short_sha "$pack")"
    ((${#defsyms[@]})) && printf '  on every pack run: --defsym %s\n' "${defsyms[*]}"
    printf '  fixed cost per assembled file (empty input): %d instructions (stock: %d)\n' \
        "$empty_pack" "$empty_base"
    print_pack_rows plain 'as --32 [PACK] FILE.s -o FILE.o, summed over the files:'
    if ((no_app)); then
        print_pack_rows no-app 'same with "#NO_APP" first and mnemonic tab made a space (input scrubber skipped), both sides:'
        printf '  (no-app %s vs plain stock: %sx)\n' "$(row_label pack)" \
            "$(ratio "${total[no-app-pack]}" "${total[plain-stock]}")"
    fi
    if [[ -n $patched_as ]]; then
        read -r empty_mprevirt empty_base < <(fixed_cost patched mprevirt)
        printf 'patched gas: as-new --32 [-mprevirt] FILE.s -o FILE.o, summed over the files;\n'
        printf '  the base is the same as-new without -mprevirt (Debian'"'"'s as above is built differently)\n'
        printf '  as-new: %s\n  (%s; %s)\n' "$patched_as" "$(patched_provenance)" "$("$patched_as" --version | head -n 1)"
        printf '  fixed cost per assembled file (empty input): %d instructions (as-new: %d)\n' \
            "$empty_mprevirt" "$empty_base"
        print_base plain patched
        print_row plain patched mprevirt "$GOAL_PATCHED"
        printf '  (as-new over stock gas, without -mprevirt: %sx)\n' \
            "$(ratio "${total[plain-patched]}" "${total[plain-stock]}")"
    fi

    printf 'identity (all code sections, objdump -d -r, files with no sensitive instruction):\n'
    check_identity plain stock "${pack_kinds[@]}"
    ((no_app)) && check_identity no-app stock "${pack_kinds[@]}"
    [[ -n $patched_as ]] && check_identity plain patched mprevirt
    if ((no_app)); then
        # The NO_APP figure means something only if unscrubbed input assembles the same.
        local same diffc
        read -r same diffc < <(identity_check "$work/obj/plain-stock" "$work/obj/no-app-stock" \
            <(list_asm "$corpus" | sed 's|.*/||; s|\.s$||') "$work/diff-scrub")
        printf '  stock gas with and without the scrubber: %d of %d files identical\n' \
            "$same" "$((same + diffc))"
    fi
    local kind counts=""
    for kind in pack ${patched_as:+mprevirt}; do
        counts+="${counts:+, }$(row_label "$kind") $(afterburn_files "$work/obj/plain-$kind" "$work/nonsensitive")"
    done
    printf '  objects with .afterburn records among non-sensitive files: %s\n' "$counts"
    printf 'measured in %ds (callgrind runs, %d job(s))\n' "$((SECONDS - start))" "$jobs"

    if ((build_time)); then
        local load
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        start=$SECONDS
        measure_builds
        print_builds "$load"
        printf 'built in %ds\n' "$((SECONDS - start))"
    fi

    warn_if_packs_changed
    if ((identity_failures || pack_failures)); then
        printf 'FAIL: %d non-sensitive file(s) differ, %d run set(s) failed\n' \
            "$identity_failures" "$pack_failures"
        exit 1
    fi
}

main "$@"; exit  # exit here: never read past this line if the file is edited mid-run
