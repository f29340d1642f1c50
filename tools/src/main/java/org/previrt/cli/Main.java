package org.previrt.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.ParseException;
import org.previrt.util.ProjectRoot;
import org.previrt.validate.InvalidInputException;
import org.previrt.validate.Problem;

/** Entry point of {@code tools/previrt}: picks the subcommand, maps failures to exit codes. */
public final class Main {
    public static final String VERSION = "0.1.0";

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
            out.println("previrt " + VERSION);
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
        } catch (UsageException e) {
            err.println("previrt " + cmd.name() + ": " + e.getMessage());
            return 2;
        } catch (InvalidInputException e) {
            for (Problem p : e.problems()) {
                err.println(p);
            }
            err.println("previrt " + cmd.name() + ": " + e.problems().size() + " problem(s); nothing written");
            return 2;
        } catch (Exception e) {
            err.println("previrt " + cmd.name() + ": internal error: " + e);
            e.printStackTrace(err);
            return 3;
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
        s.println("exit codes: 0 success, 1 a check found a problem, 2 bad input");
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
