package org.previrt.cli;

import java.io.PrintStream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/**
 * One subcommand of {@code tools/previrt}. Exit codes: 0 success, 1 a check found a problem,
 * 2 bad input (throw {@link org.previrt.util.PrevirtException} or a subclass; an IOException becomes
 * {@code path: reason}); anything else is a bug: exit 3, the trace in a log file.
 */
public interface Command {
    String name();

    /** One line for the command list. */
    String summary();

    /** Usage line after the command name, e.g. {@code "[--check]"}. */
    String argsSyntax();

    Options options();

    int run(CommandLine line, Context ctx) throws Exception;

    /** Where the command runs: the project root and the output streams. */
    record Context(java.nio.file.Path root, PrintStream out, PrintStream err) {
    }
}
