#!/usr/bin/env bash
# linux-build-farm.sh: Linux 6.1 afterburned through the wrapper on a two-host distcc farm, against the
# local build.
#
# Starts two distccd daemons on local ports (as `nobody` when run as root), builds the Linux test's
# kernel (its .config, the same make variables as the wrapper route) with CC="distcc gcc -B<bin>/",
# and compares the result with the Linux test's cached local wrapper build: the .afterburn records, the
# generation record and every text symbol's address. Run it after the Linux test (tools/run-tests
# -Dgroups=linux), whose cached build under tools/target/linux/ it reads. The farm sees a copy of
# generated/ under the work folder: distccd's jobs run as nobody, who may not read the checkout.
# A benchmark, not a test: exit 0 when the builds agree, 1 when they differ, 2 when something is
# missing. See tools/bench/README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=$root/tools/target/linux
work=${TMPDIR:-/tmp}/previrt-linux-farm
jobs=4

die() {
    echo "linux-build-farm: $2" >&2
    exit "$1"
}

for t in distcc distccd make gcc objcopy; do
    command -v "$t" >/dev/null || die 2 "$t is missing (tools/run-tests installs it)"
done
shopt -s nullglob
src=("$cache"/src-*/linux-source-6.1)
local_build=("$cache"/build-wrapper-*)
[[ ${#src[@]} -eq 1 && ${#local_build[@]} -eq 1 && -f ${local_build[0]}/built.ok ]] ||
    die 2 "no cached Linux source and wrapper build under $cache: run tools/run-tests -Dgroups=linux first"
src=${src[0]}
local_build=${local_build[0]}

rm -rf "$work"
mkdir -p "$work/logs" "$work/distcc-dir" "$work/build"
cp -r "$root/generated" "$work/generated"
chmod -R a+rX "$work"
chmod 777 "$work/logs"
bin=$work/generated/x86-32/bin

pids=()
stop() {
    for p in "${pids[@]}"; do
        kill "$(cat "$p")" 2>/dev/null || true
    done
}
trap stop EXIT
hosts=()
for port in 3632 3633; do
    user=()
    [[ $(id -u) -ne 0 ]] || user=(--user nobody)
    distccd --daemon --allow 127.0.0.1 --listen 127.0.0.1 --port "$port" "${user[@]}" \
        --log-file "$work/logs/distccd-$port.log" --pid-file "$work/logs/distccd-$port.pid"
    pids+=("$work/logs/distccd-$port.pid")
    hosts+=("127.0.0.1:$port/2") # 127.0.0.1, not localhost: distcc runs localhost jobs itself
done
sleep 1

# the environment of the Linux test's builds (tools/src/test/java/org/previrt/linux/KernelBuild.java)
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES KBUILD_OUTPUT KCONFIG_CONFIG CROSS_COMPILE ARCH CC AS LD KCFLAGS KAFLAGS
export LC_ALL=C KBUILD_BUILD_USER=previrt KBUILD_BUILD_HOST=previrt CCACHE_DISABLE=1
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 2026"
export DISTCC_HOSTS="${hosts[*]}" DISTCC_FALLBACK=0 DISTCC_DIR=$work/distcc-dir
cp "$local_build/.config" "$work/build/.config"
make_args=(ARCH=i386 "O=$work/build" "CC=distcc gcc -B$bin/" "AS=$bin/as" "LD=$bin/ld")
(cd "$src" && make "${make_args[@]}" olddefconfig) >"$work/logs/config.log" 2>&1
start=$(date +%s)
(cd "$src" && make "${make_args[@]}" -j"$jobs") >"$work/logs/build.log" 2>&1 ||
    die 1 "the distcc build failed: $work/logs/build.log"
end=$(date +%s)
stop
trap - EXIT

remote=0
for port in 3632 3633; do
    n=$(grep -c COMPILE_OK "$work/logs/distccd-$port.log" || true)
    echo "distccd :$port: $n compiles"
    remote=$((remote + n))
done
echo "build: make -j$jobs, $((end - start)) s wall, $remote of its C files compiled on the daemons"

rc=0
for s in .afterburn .previrt.generation; do
    objcopy --dump-section "$s=$work/farm$s" "$work/build/vmlinux" "$work/scratch"
    objcopy --dump-section "$s=$work/local$s" "$local_build/vmlinux" "$work/scratch"
    if cmp -s "$work/farm$s" "$work/local$s"; then
        echo "$s: $(stat -c %s "$work/farm$s") bytes, the same as the local build"
    else
        echo "$s: DIFFERS from the local build"
        rc=1
    fi
done
if diff <(grep -i ' t ' "$work/build/System.map") <(grep -i ' t ' "$local_build/System.map") >/dev/null; then
    echo "text symbols: $(grep -ci ' t ' "$work/build/System.map"), every address the same as the local build"
else
    echo "text symbols: addresses DIFFER from the local build"
    rc=1
fi
# distcc names the compiler by its target triplet, so `distcc gcc --version` (CONFIG_CC_VERSION_TEXT,
# the banner in .rodata) says x86_64-linux-gnu-gcc: the data after the banner moves, the code does not
diff <(grep '^CONFIG_CC_VERSION_TEXT' "$work/build/.config") <(grep '^CONFIG_CC_VERSION_TEXT' "$local_build/.config") |
    sed -n 's/^[<>] /compiler text: /p' || true
exit "$rc"
