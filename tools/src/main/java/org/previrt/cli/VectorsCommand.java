package org.previrt.cli;

import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.previrt.vectors.DumpSpec;
import org.previrt.vectors.VectorSuite;

/** {@code vectors [--rebase]}: run the golden vectors against real as/objdump, or re-record them. */
final class VectorsCommand implements Command {
    @Override
    public String name() {
        return "vectors";
    }

    @Override
    public String summary() {
        return "check test-vectors/ against real as and objdump (--rebase: re-record them, as generate does)";
    }

    @Override
    public String argsSyntax() {
        return "[--rebase]";
    }

    @Override
    public Options options() {
        return new Options().addOption(Main.flag("rebase", "re-record each NAME.d from what as and objdump print now (the same as generate)"));
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        if (line.hasOption("rebase")) {
            // the .d files are outputs of generate (patch 0003 copies them): one writer for all
            ctx.out().println("vectors --rebase: re-recording through generate");
            return new GenerateCommand().run(line, ctx);
        }
        try (VectorSuite suite = new VectorSuite(ctx.root())) {
            List<DumpSpec> specs = suite.specs();
            int failed = 0;
            int total = 0;
            for (DumpSpec s : specs) {
                total++;
                VectorSuite.Outcome o = suite.check(s);
                if (!o.passed()) {
                    failed++;
                    ctx.err().println("FAIL " + o.name() + "\n" + o.message());
                }
            }
            for (java.nio.file.Path src : suite.sources()) {
                total++;
                VectorSuite.Outcome o = suite.stockCheck(src);
                if (!o.passed()) {
                    failed++;
                    ctx.err().println("FAIL " + o.name() + ": " + o.message());
                }
            }
            ctx.out().printf("vectors: %d passed, %d failed%n", total - failed, failed);
            return failed == 0 ? 0 : 1;
        }
    }
}
