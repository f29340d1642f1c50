#!/usr/bin/env bash
# patched-as-cost.sh -- what does -mprevirt cost the patched GNU as on one large real gcc output file?
#
# Compiles one C file of Debian's binutils-source (default bfd/elflink.c, ~43k lines of -O2 assembly)
# with gcc -m32 -O2 -S and assembles it under callgrind with the patched as-new, with and without
# -mprevirt. Instruction counts, not time: they do not move with the load of a shared machine.
# The object without sensitive instructions must also be byte-identical in both runs' code.
#
# Usage: tools/bench/patched-as-cost.sh BUILD_DIR [C_FILE_IN_SRC ...]
#        BUILD_DIR: a `tools/previrt binutils build` tree: BUILD_DIR/src and BUILD_DIR/build
#        (the test suite's cached one is tools/target/binutils-build/<hash>/)
# Exit:  0 measured (the goal, <= 1.03x, is informational), 1 the objects' code differs, 2 bad usage.
set -euo pipefail
if [ $# -lt 1 ] || [ ! -x "$1/build/gas/as-new" ]; then
  echo "usage: $0 BUILD_DIR [bfd/elflink.c ...]  (BUILD_DIR/build/gas/as-new must exist)" >&2
  exit 2
fi
tree=$1; shift
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(bfd/elflink.c bfd/elf.c)
command -v valgrind >/dev/null || { echo "$0: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
as="$tree/build/gas/as-new"
count() { valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$@" 2>"$work/vg" >/dev/null
          sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/vg"; }
printf '%-24s %8s %14s %14s %7s\n' FILE LINES "AS-NEW" "-MPREVIRT" RATIO
status=0
for f in "${files[@]}"; do
  s="$work/$(basename "$f" .c).s"
  gcc -m32 -O2 -S -I "$tree/build/bfd" -I "$tree/src/bfd" -I "$tree/src/include" "$tree/src/$f" -o "$s"
  off=$(count "$as" --32 "$s" -o "$work/off.o")
  on=$(count "$as" --32 -mprevirt "$s" -o "$work/on.o")
  objcopy -O binary --only-section=.text "$work/off.o" "$work/off.bin"
  objcopy -O binary --only-section=.text "$work/on.o" "$work/on.bin"
  if ! cmp -s "$work/off.bin" "$work/on.bin" && ! objdump -h "$work/on.o" | grep -q afterburn; then
    echo "$f: .text differs without any site" >&2; status=1
  fi
  printf '%-24s %8d %14d %14d %7s\n' "$f" "$(wc -l < "$s")" "$off" "$on" \
    "$(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.4f", a / b }')"
done
exit $status
