package org.previrt.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A memo of gcc's compiler proper ({@code cc1}) shared by the three kernel builds. The routes differ in
 * the assembler and the linker, never in gcc, so compiling the same preprocessed C three times is wasted
 * work: two thirds of the kernel builds' CPU, on a run whose time is bound by CPU. A {@code cc1} found
 * first through {@code gcc -B<memo>/bin/} preprocesses as the real one does (dependency files included),
 * then looks up the assembly by the hash of the preprocessed text and the options that shape the code; on
 * a miss it runs the real {@code cc1} on that text, as {@code -save-temps} does, and keeps its assembly and
 * diagnostics. A hit replays the diagnostics, so the build logs' warnings stay those of a real compile.
 * The assembly then goes to each route's own assembler, unchanged: this is ccache one stage earlier, not a
 * shortcut around the route. Preprocessing ({@code -E}, all {@code .S} files) is never memoized.
 */
final class Cc1Memo {
    /** Fixed text: the real cc1 and the store come from the environment. */
    private static final String SCRIPT = """
            #!/bin/bash
            # cc1 memo of previrt's Linux test, written by org.previrt.linux.Cc1Memo (see there why).
            real=${PREVIRT_REAL_CC1:?} store=${PREVIRT_CC1_MEMO:?}
            for a; do [ "$a" = -E ] && exec "$real" "$@"; done
            key=() pre=() comp=() in= out= pp=
            orig=("$@")
            while [ $# -gt 0 ]; do
              a=$1; shift
              case $a in
                -o) out=$1; shift ;;
                -fpreprocessed) pp=1 ;;
                -quiet) ;;
                # names of auxiliary dump files only: no effect on the assembly
                -dumpbase|-dumpbase-ext|-dumpdir|-auxbase|-auxbase-strip) comp+=("$a" "$1"); shift ;;
                # preprocessor options: their effect is in the preprocessed text
                -I|-D|-U|-imultilib|-imultiarch|-isystem|-iquote|-idirafter|-include|-imacros|-iprefix|-MD|-MMD|-MF|-MT|-MQ)
                  pre+=("$a" "$1"); shift ;;
                -I?*|-D?*|-U?*|-nostdinc|-MP|-M|-MM|-fpch-preprocess|-fmacro-prefix-map=*) pre+=("$a") ;;
                -*) key+=("$a"); pre+=("$a"); comp+=("$a") ;;
                *) [ -z "$in" ] || exec "$real" "${orig[@]}"; in=$a ;;
              esac
            done
            [ -n "$in" ] && [ -n "$out" ] && [ "$out" != - ] || exec "$real" "${orig[@]}"
            if [ -n "$pp" ]; then
              i=$in
            else
              i=$out.memo.i
              trap 'rm -f "$i"' EXIT
              "$real" -E -quiet "${pre[@]}" "$in" -o "$i" || exit
            fi
            h=$({ printf '%s\\0' "${key[@]}"; cat "$i"; } | sha256sum) || exit
            h=$store/${h%% *}
            if [ -f "$h.s" ] && [ -f "$h.err" ]; then
              cat "$h.err" >&2
              cp "$h.s" "$out" || exit
              echo hit >> "$store/log"
              exit 0
            fi
            "$real" -fpreprocessed "$i" -quiet "${comp[@]}" -o "$out" 2> "$out.memo.err"
            rc=$?
            cat "$out.memo.err" >&2
            if [ $rc -eq 0 ]; then
              cp "$out" "$h.s.$$" && mv -f "$h.s.$$" "$h.s" && mv -f "$out.memo.err" "$h.err"
              echo miss >> "$store/log"
            fi
            rm -f "$out.memo.err"
            exit $rc
            """;

    private final Path bin;
    private final Path store;
    private final String realCc1;

    private Cc1Memo(Path bin, Path store, String realCc1) {
        this.bin = bin;
        this.store = store;
        this.realCc1 = realCc1;
    }

    /** The memo in {@code <cache>/cc1-memo/}, its script written when missing or different. */
    static synchronized Cc1Memo in(Path cache) throws IOException, InterruptedException {
        Path dir = cache.resolve("cc1-memo");
        Path bin = dir.resolve("bin");
        Path store = dir.resolve("store");
        Files.createDirectories(bin);
        Files.createDirectories(store);
        Path cc1 = bin.resolve("cc1");
        if (!Files.exists(cc1) || !Files.readString(cc1).equals(SCRIPT)) {
            Files.writeString(cc1, SCRIPT, StandardCharsets.UTF_8);
        }
        Files.setPosixFilePermissions(cc1, PosixFilePermissions.fromString("rwxr-xr-x"));
        String real = Tool.output(null, List.of("gcc", "-print-prog-name=cc1")).trim();
        return new Cc1Memo(bin, store, real);
    }

    /** The recipe's make variables with {@code -B<memo>/bin/} first in CC (plain {@code gcc} if it sets none). */
    List<String> makeVars(List<String> vars) {
        List<String> out = new ArrayList<>();
        boolean cc = false;
        for (String v : vars) {
            if (v.startsWith("CC=")) {
                String rest = v.substring(3);
                int sp = rest.indexOf(' ');
                String gcc = sp < 0 ? rest : rest.substring(0, sp);
                out.add("CC=" + gcc + " -B" + bin + "/" + (sp < 0 ? "" : rest.substring(sp)));
                cc = true;
            } else {
                out.add(v);
            }
        }
        if (!cc) {
            out.add(0, "CC=gcc -B" + bin + "/");
        }
        return out;
    }

    Map<String, String> env() {
        return Map.of("PREVIRT_REAL_CC1", realCc1, "PREVIRT_CC1_MEMO", store.toString());
    }

    /** Hits and misses so far (for the build-ahead line). */
    String counts() throws IOException {
        Path log = store.resolve("log");
        if (!Files.exists(log)) {
            return "0 hits, 0 misses";
        }
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            long hits = all.stream().filter("hit"::equals).count();
            return hits + " hits, " + (all.size() - hits) + " misses";
        }
    }
}
