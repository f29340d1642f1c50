package org.previrt.cli;

import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.previrt.spec.model.IsaSpec;
import org.previrt.write.GeneratedFile;
import org.previrt.spec.Specs;
import org.previrt.render.Outputs;
import org.previrt.write.OutputTree;

/** {@code generate [--check]}: render generated/ from isa-specs/ and templates/. */
final class GenerateCommand implements Command {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "render the macro packs and header from isa-specs/ (--check: only compare)";
    }

    @Override
    public String argsSyntax() {
        return "[--check]";
    }

    @Override
    public Options options() {
        return new Options().addOption(Main.flag("check",
                "write nothing; exit 1 and name each file that differs from what generate would write"));
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        IsaSpec spec = Specs.load(ctx.root());
        List<GeneratedFile> files = Outputs.renderAll(ctx.root(), spec);
        OutputTree tree = new OutputTree(ctx.root(), Outputs.MANAGED_DIRS);
        if (line.hasOption("check")) {
            if (tree.interrupted()) {
                ctx.err().println(Outputs.MANAGED_DIRS.get(0) + "/" + OutputTree.JOURNAL
                        + ": an earlier generate was interrupted; run tools/previrt generate to finish it");
                return 1;
            }
            List<OutputTree.Difference> diffs = tree.diff(files);
            for (OutputTree.Difference d : diffs) {
                ctx.err().println(d.path() + ": " + switch (d.change()) {
                    case NEW -> "missing (generate would create it)";
                    case CHANGED -> "differs from the specs and templates";
                    case STALE -> "stale (no longer generated)";
                });
            }
            if (!diffs.isEmpty()) {
                ctx.err().println("previrt generate --check: " + diffs.size()
                        + " file(s) out of date; run tools/previrt generate and commit the result");
                return 1;
            }
            ctx.out().println("generate --check: " + files.size() + " file(s) up to date");
            return 0;
        }
        if (tree.interrupted()) {
            ctx.out().println("generate: finished an interrupted earlier run (" + tree.recover()
                    + " file(s) renamed or removed)");
        }
        List<OutputTree.Difference> diffs = tree.write(files);
        long created = diffs.stream().filter(d -> d.change() == OutputTree.Change.NEW).count();
        long changed = diffs.stream().filter(d -> d.change() == OutputTree.Change.CHANGED).count();
        long removed = diffs.stream().filter(d -> d.change() == OutputTree.Change.STALE).count();
        for (OutputTree.Difference d : diffs) {
            ctx.out().println(d.change().name().toLowerCase(java.util.Locale.ROOT) + " " + d.path());
        }
        ctx.out().printf("generate: %d forms in %d families; %d new, %d changed, %d removed, %d unchanged%n",
                spec.forms().size(), spec.families().size(), created, changed, removed,
                files.size() - created - changed);
        return 0;
    }
}
