package org.previrt.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code vectors [--rebase]}: run the golden vectors against real as/objdump, or re-record them. */
final class VectorsCommand implements Command {
    @Override
    public String name() {
        return "vectors";
    }

    @Override
    public String summary() {
        return "check test-vectors/ against real as and objdump (--rebase: re-record the .d files)";
    }

    @Override
    public String argsSyntax() {
        return "[--rebase]";
    }

    @Override
    public Options options() {
        return new Options().addOption(Main.flag("rebase", "rewrite each NAME.d from what as and objdump print now"));
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        throw new UsageException("not yet available");
    }
}
