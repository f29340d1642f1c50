package org.previrt.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.previrt.util.IoErrors;
import org.previrt.util.PrevirtException;
import org.previrt.util.ProjectRoot;
import org.previrt.util.Version;

/** Entry point of {@code tools/previrt}: picks the subcommand, maps failures to exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, ProjectRoot.find()));
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Path root) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printTopHelp(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("--version")) {
            out.println("previrt " + Version.NUMBER);
            return 0;
        }
        Command cmd = Commands.all().stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
        if (cmd == null) {
            err.println("previrt: unknown command '" + args[0] + "' (see tools/previrt --help)");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            printHelp(cmd, out);
            return 0;
        }
        try {
            CommandLine line = new DefaultParser().parse(cmd.options(), rest, false);
            return cmd.run(line, new Command.Context(root, out, err));
        } catch (ParseException e) {
            err.println("previrt " + cmd.name() + ": " + e.getMessage());
            err.println("usage: tools/previrt " + cmd.name() + " " + cmd.argsSyntax());
            return 2;
        } catch (PrevirtException e) {
            for (String l : e.lines(cmd.name())) {
                err.println(l);
            }
            return e.exitCode();
        } catch (IOException e) {
            err.println(IoErrors.describe(e, null));
            return 2;
        } catch (UncheckedIOException e) {
            err.println(IoErrors.describe(e.getCause(), null));
            return 2;
        } catch (InvalidPathException e) {
            err.println(e.getInput() + ": invalid path (" + e.getReason() + ")");
            return 2;
        } catch (Throwable e) { // a bug of ours: one line here, the trace in a log file
            err.println("previrt " + cmd.name() + ": internal error (a bug in previrt: " + oneLine(e) + "); "
                    + crashLog(cmd.name(), args, e));
            return INTERNAL_ERROR;
        }
    }

    /** Exit code of a bug in previrt (never for bad input); the trace goes to a log file. */
    public static final int INTERNAL_ERROR = 3;

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        return e.getClass().getSimpleName().replace("Exception", "").replace("Error", "") + m;
    }

    /** Writes the trace to a temporary file and says where; never prints the trace itself. */
    private static String crashLog(String command, String[] args, Throwable e) {
        try {
            Path log = Files.createTempFile("previrt-" + command + "-", ".log");
            StringWriter w = new StringWriter();
            PrintWriter pw = new PrintWriter(w);
            pw.println("previrt " + Version.NUMBER + " " + String.join(" ", args));
            e.printStackTrace(pw);
            pw.flush();
            Files.writeString(log, w.toString());
            return "details in " + log;
        } catch (IOException | RuntimeException io) {
            return "no log written (" + io.getMessage() + ")";
        }
    }

    private static void printTopHelp(PrintStream s) {
        s.println("usage: tools/previrt <command> [options]   (tools/previrt <command> --help for one)");
        s.println();
        for (Command c : Commands.all()) {
            s.printf("  %-10s %s%n", c.name(), c.summary());
        }
        s.println();
        s.println("  --version  print the version");
        s.println("exit codes: 0 success, 1 a check found a problem, 2 bad input or I/O error, 3 a bug in previrt");
    }

    private static void printHelp(Command cmd, PrintStream s) {
        PrintWriter w = new PrintWriter(s);
        new HelpFormatter().printHelp(w, 100, "tools/previrt " + cmd.name() + " " + cmd.argsSyntax(),
                cmd.summary(), cmd.options(), 2, 4, "", false);
        w.flush();
    }

    static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).build();
    }
}
