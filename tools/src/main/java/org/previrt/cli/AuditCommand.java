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
 * {@code audit FILE.s|FILE.S|FILE.c ... [--as PATH] [--json] [-- GCCFLAGS...]}: assemble each input with
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
        return "FILE.s|FILE.S|FILE.c ... [--as PATH] [--json] [-- GCCFLAGS...]";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("as").hasArg().argName("PATH")
                        .desc("a patched assembler run as PATH --32 -mprevirt instead of stock as with the pack").build())
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
        List<InputResult> results = new ArrayList<>();
        try (Auditor auditor = new Auditor(ctx.root(), Specs.load(ctx.root()), line.getOptionValue("as"),
                gccFlags)) {
            for (String in : inputs) {
                results.add(auditor.audit(Path.of(in))); // an AuditException is printed by Main: exit 2
            }
        }
        AuditReport report = new AuditReport(results);
        if (line.hasOption("json")) {
            report.printJson(ctx.out());
        } else {
            report.printHuman(ctx.out());
        }
        return report.ok() ? 0 : 1;
    }
}
