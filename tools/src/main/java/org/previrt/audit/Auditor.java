package org.previrt.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.previrt.spec.model.IsaSpec;
import org.previrt.render.PackRenderer;
import org.previrt.util.ProcessRunner;

/**
 * Audits inputs, one by one or several at once ({@link #auditAll}): compiles a .c with {@code gcc -m32 -S} (a .S: {@code -E}), assembles the assembly with
 * stock {@code as --32} and with the pack (or with a patched assembler given {@code -mprevirt}),
 * and compares the two objects.
 */
public final class Auditor implements AutoCloseable {
    private static final String USED_NOTE = "-mx86-used-note=no";
    static final String ORG_BACKWARDS = "attempt to move .org backwards";
    private static final Pattern CODE16 = Pattern.compile(
            "(?im)^\\s*\\.code16");

    private final Path pack;
    private final String patchedAs;
    private final List<String> gccFlags;
    private final SensitiveMatcher matcher;
    private final IsaSpec spec;
    private final Path tmp;
    private final Path stub;
    /** Where gcc and as run (null: this process's folder): relative .include/.incbin paths resolve from it. */
    private final Path workDir;
    /** Names each input's scratch files; inputs audited at once never share one. */
    private final AtomicInteger counter = new AtomicInteger();

    /** {@code patchedAs}: null to use the macro pack with stock as. */
    public Auditor(Path root, IsaSpec spec, String patchedAs, List<String> gccFlags) throws IOException, AuditException {
        this(root, spec, patchedAs, gccFlags, null);
    }

    /**
     * {@code workDir}: the folder the build ran gcc in (a kernel's {@code O=} folder), so that an input's
     * relative {@code .incbin "arch/..."} finds its file; null for this process's folder.
     */
    public Auditor(Path root, IsaSpec spec, String patchedAs, List<String> gccFlags, Path workDir)
            throws IOException, AuditException {
        if (patchedAs != null) {
            Path as = Path.of(patchedAs);
            if (!Files.isRegularFile(as) || !Files.isExecutable(as)) {
                throw new AuditException("--as " + patchedAs + ": not an executable file"
                        + (Files.exists(as) ? "" : " (no such file)"));
            }
        }
        this.pack = root.resolve(PackRenderer.DIR + "previrt.inc");
        this.patchedAs = patchedAs;
        this.gccFlags = List.copyOf(gccFlags);
        this.matcher = new SensitiveMatcher(spec);
        this.spec = spec;
        this.workDir = workDir;
        this.tmp = Files.createTempDirectory("previrt-audit");
        // sources written for previrt use its directives; stock as gets empty ones
        this.stub = tmp.resolve("stock-directives.s");
        Files.writeString(stub, ".ifndef .Lpv_pack_loaded\n.macro previrt_off\n.endm\n.macro previrt_on\n.endm\n.endif\n");
    }

    public InputResult audit(Path input) throws IOException, InterruptedException, AuditException {
        String name = input.toString();
        // not a regular file (a FIFO, a device): refused before gcc or as read it
        org.previrt.util.RegularFiles.checkInput(input, org.previrt.util.RegularFiles.MAX_ELF_BYTES);
        String file = input.getFileName().toString();
        int n = counter.getAndIncrement();
        Path asm;
        if (file.endsWith(".c") || file.endsWith(".S")) {
            // C is compiled, .S only preprocessed: either way gcc hands as exactly this text
            String step = file.endsWith(".c") ? "-S" : "-E";
            asm = tmp.resolve(n + ".s");
            List<String> argv = new ArrayList<>(List.of("gcc", "-m32"));
            argv.addAll(gccFlags);
            argv.addAll(List.of(step, "-o", asm.toString(), name));
            ProcessRunner.Result r = run(argv);
            if (r.exit() != 0) {
                throw new AuditException(name + ": gcc -m32 " + step + " failed:\n" + r.err().stripTrailing());
            }
        } else if (file.endsWith(".s")) {
            asm = input;
        } else {
            throw new AuditException(name + ": not a .c, .S or .s file");
        }
        Path stockObj = tmp.resolve(n + "-stock.o");
        Path packObj = tmp.resolve(n + "-pack.o");
        // no .note.gnu.property from either as: a binutils built from source writes one by default
        // (configure --enable-x86-used-note), Debian's as does not, and it is no part of the code; the
        // option goes last (gas takes options anywhere), so PATH --32 -mprevirt -o OUT IN stays as it was
        ProcessRunner.Result stock = run(List.of("as", "--32", "-o", stockObj.toString(), stub.toString(), asm.toString(),
                USED_NOTE));
        if (stock.exit() != 0) {
            throw new AuditException(name + ": stock as --32 failed:\n" + stock.err().stripTrailing());
        }
        List<String> argv = patchedAs == null
                ? List.of("as", "--32", "-o", packObj.toString(), pack.toString(), asm.toString(), USED_NOTE)
                : List.of(patchedAs, "--32", "-mprevirt", "-o", packObj.toString(), asm.toString(), USED_NOTE);
        ProcessRunner.Result packed = run(argv);
        if (packed.exit() != 0) {
            String msg = name + ": assembling with " + (patchedAs == null ? "the pack" : patchedAs) + " failed:\n"
                    + packed.err().stripTrailing();
            if (packed.err().contains(ORG_BACKWARDS)) {
                msg += "\nhint: padding moved code that an .org pins in place; put previrt_off before that code"
                        + " and previrt_on after it (see the header of previrt.inc)";
            }
            throw new AuditException(msg);
        }
        if (patchedAs != null && !Files.isRegularFile(packObj)) {
            throw new AuditException("--as " + patchedAs + ": exited 0 but wrote no object for " + name
                    + "; is it a patched GNU as (PATH --32 -mprevirt -o OUT IN)?");
        }
        ObjectDump stockDump = ObjectDump.read(stockObj, name + " (stock object)", spec);
        if (stockDump.sections.containsKey(spec.records().afterburn().section())) {
            // the baseline would already be afterburned: the wrapper (or a patched as) is `as` on PATH
            throw new AuditException(name + ": the stock assembly already has .afterburn records;"
                    + " is generated/x86-32/bin (or a patched as) first on PATH?");
        }
        InputResult r = new ObjectComparer(stockDump, ObjectDump.read(packObj, name + " (pack object)", spec), matcher)
                .compare(name);
        if (CODE16.matcher(Files.readString(asm)).find()) {
            List<Finding> notes = new ArrayList<>(r.unexpected());
            notes.add(new Finding("", -1, -1, "", "uses .code16: objdump decodes it as 32-bit code, so findings in"
                    + " 16-bit code are not reliable"));
            r = new InputResult(r.input(), r.sensitive(), r.sites(), r.caught(), r.missed(), r.changed(),
                    List.copyOf(notes), r.paddingBytes(), r.paddingNops(), r.stockCodeBytes(), r.packCodeBytes(),
                    r.holes());
        }
        return r;
    }

    /**
     * Audits {@code inputs} with up to {@code jobs} at once (each input is independent: its own gcc, two
     * assemblies and two objdumps). The results are in input order, and a failure reported is that of the
     * first failing input in that order, so the output does not depend on {@code jobs}.
     */
    public List<InputResult> auditAll(List<Path> inputs, int jobs)
            throws IOException, InterruptedException, AuditException {
        if (jobs <= 1 || inputs.size() <= 1) {
            List<InputResult> results = new ArrayList<>();
            for (Path in : inputs) {
                results.add(audit(in));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()));
        try {
            List<Future<InputResult>> pending = new ArrayList<>();
            for (Path in : inputs) {
                pending.add(pool.submit(() -> audit(in)));
            }
            List<InputResult> results = new ArrayList<>();
            for (Future<InputResult> f : pending) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw rethrow(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static AuditException rethrow(Throwable t) throws IOException, InterruptedException {
        if (t instanceof AuditException a) {
            return a;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof InterruptedException ie) {
            throw ie;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        throw new IllegalStateException(t);
    }

    /** Runs a step in the working folder (null: here), through the project's one runner. */
    private ProcessRunner.Result run(List<String> argv) throws IOException, InterruptedException {
        return ProcessRunner.run(argv, workDir, java.util.Map.of(), null);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
