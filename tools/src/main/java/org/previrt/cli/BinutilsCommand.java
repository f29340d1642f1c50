package org.previrt.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.previrt.binutils.tool.BinutilsException;
import org.previrt.binutils.tool.Builder;
import org.previrt.binutils.tool.Importer;
import org.previrt.binutils.tool.Patcher;

/**
 * {@code binutils import|apply|revert|build}: get a binutils tree into git, put previrt's patch series
 * on a branch of it, go back, and build the patched gas. The logic is in org.previrt.binutils.
 */
final class BinutilsCommand implements Command {
    private static final String SUBS = "import --tarball T --into DIR | apply --checkout DIR | revert --checkout DIR"
            + " | build --checkout DIR [--build-dir B] [--jobs N]";

    @Override
    public String name() {
        return "binutils";
    }

    @Override
    public String summary() {
        return "import a binutils tarball into git, apply/revert previrt's patches, build the patched gas";
    }

    @Override
    public String argsSyntax() {
        return SUBS;
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(value("tarball", "T", "import: the release tarball (e.g. /usr/src/binutils/binutils-2.40.tar.xz)"))
                .addOption(value("into", "DIR", "import: a new directory for the git repository"))
                .addOption(value("checkout", "DIR", "apply, revert, build: the binutils git checkout"))
                .addOption(value("build-dir", "B", "build: the out-of-tree build directory (default: DIR-build)"))
                .addOption(value("jobs", "N", "build: parallel make jobs (default: 2)"));
    }

    private static Option value(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).build();
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        List<String> args = line.getArgList();
        if (args.size() != 1) {
            throw new UsageException(args.isEmpty() ? "which one? " + SUBS : "unexpected argument '" + args.get(1) + "'");
        }
        String sub = args.get(0);
        try {
            switch (sub) {
                case "import" -> {
                    only(line, sub, "tarball", "into");
                    var c = Importer.importTarball(path(line, "tarball"), path(line, "into"), ctx.out());
                    ctx.out().println("binutils import: " + path(line, "into") + " at " + c.abbreviate(12).name()
                            + " (branch main)");
                }
                case "apply" -> {
                    only(line, sub, "checkout");
                    Patcher.apply(ctx.root(), path(line, "checkout"), ctx.out());
                }
                case "revert" -> {
                    only(line, sub, "checkout");
                    Patcher.revert(ctx.root(), path(line, "checkout"), ctx.out());
                }
                case "build" -> {
                    only(line, sub, "checkout", "build-dir", "jobs");
                    Path checkout = path(line, "checkout");
                    Path build = line.hasOption("build-dir") ? Path.of(line.getOptionValue("build-dir"))
                            : Builder.defaultBuildDir(checkout);
                    Builder.build(checkout, build, jobs(line), ctx.out());
                }
                default -> throw new UsageException("unknown binutils subcommand '" + sub + "' (" + SUBS + ")");
            }
        } catch (BinutilsException e) {
            throw new UsageException(sub + ": " + e.getMessage());
        } catch (org.eclipse.jgit.api.errors.GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            // JGit's refusals (a lock it cannot take, a ref it cannot update) are about the checkout, not bugs
            throw new UsageException(sub + ": git: " + e.getMessage()
                    + (e.getCause() != null && e.getCause().getMessage() != null ? " (" + e.getCause().getMessage() + ")" : ""));
        }
        return 0;
    }

    private static void only(CommandLine line, String sub, String... allowed) throws UsageException {
        List<String> ok = List.of(allowed);
        for (Option o : line.getOptions()) {
            if (!ok.contains(o.getLongOpt())) {
                throw new UsageException(sub + " does not take --" + o.getLongOpt());
            }
        }
    }

    private static Path path(CommandLine line, String opt) throws UsageException {
        String v = line.getOptionValue(opt);
        if (v == null) {
            throw new UsageException("missing --" + opt);
        }
        return Path.of(v).toAbsolutePath().normalize();
    }

    private static int jobs(CommandLine line) throws UsageException {
        String v = line.getOptionValue("jobs", "2");
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > 64) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--jobs wants a number from 1 to 64, not '" + v + "'");
        }
    }
}
