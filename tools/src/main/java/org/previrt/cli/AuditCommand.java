package org.previrt.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.previrt.audit.AuditException;
import org.previrt.audit.AuditReport;
import org.previrt.audit.Auditor;
import org.previrt.audit.InputResult;
import org.previrt.spec.Specs;

/**
 * {@code audit FILE.s|FILE.S|FILE.c ... [--as PATH] [--jobs N] [--json] [-- GCCFLAGS...]}: assemble each input with
 * and without previrt and report sensitive instructions without a site and changed bytes.
 */
final class AuditCommand implements Command {
    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "check that every sensitive instruction of .s/.S/.c files gets a site and nothing else changes";
    }

    @Override
    public String argsSyntax() {
        return "FILE.s|FILE.S|FILE.c ... [--as PATH] [--jobs N] [--json] [-- GCCFLAGS...]";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("as").hasArg().argName("PATH")
                        .desc("a patched assembler run as PATH --32 -mprevirt instead of stock as with the pack").build())
                .addOption(Option.builder("j").longOpt("jobs").hasArg().argName("N")
                        .desc("audit up to N inputs at once (default: the number of processors); the report is the same")
                        .build())
                .addOption(Main.flag("json", "print one JSON document instead of the summary"));
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        // commons-cli drops the `--`: inputs are the arguments before the first one that starts with '-'
        List<String> inputs = new ArrayList<>();
        List<String> gccFlags = new ArrayList<>();
        for (String a : line.getArgList()) {
            if (gccFlags.isEmpty() && !a.startsWith("-")) {
                inputs.add(a);
            } else {
                gccFlags.add(a);
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input (usage: tools/previrt audit " + argsSyntax() + ")");
        }
        int jobs = jobs(line);
        List<InputResult> results;
        try (Auditor auditor = new Auditor(ctx.root(), Specs.load(ctx.root()), line.getOptionValue("as"),
                gccFlags)) {
            // an AuditException (the first failing input's) is printed by Main: exit 2
            results = auditor.auditAll(inputs.stream().map(Path::of).toList(), jobs);
        }
        AuditReport report = new AuditReport(results);
        if (line.hasOption("json")) {
            report.printJson(ctx.out());
        } else {
            report.printHuman(ctx.out());
        }
        return report.ok() ? 0 : 1;
    }

    private static int jobs(CommandLine line) throws UsageException {
        String v = line.getOptionValue("jobs");
        if (v == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UsageException("--jobs wants a number from 1 to 64, not '" + v + "'");
    }
}
