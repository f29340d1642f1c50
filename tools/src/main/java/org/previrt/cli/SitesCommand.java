package org.previrt.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.spec.Specs;
import org.previrt.sites.CodeModes;
import org.previrt.sites.GenerationRecords;
import org.previrt.sites.InstructionDecoder;
import org.previrt.sites.Site;
import org.previrt.sites.SiteAnalyzer;
import org.previrt.sites.SiteProblem;
import org.previrt.sites.SiteReport;
import org.previrt.util.IoErrors;
import org.previrt.util.PrevirtException;

/**
 * {@code sites [--json] [--code16 SECTION[:START-END]]... FILE...}: list and check the sites recorded in ELF32
 * i386 objects and executables. ELF does not say which code is 16-bit: a typed record's kind and length
 * say it for its site, {@code --code16} for plain records (and is checked against typed ones).
 */
final class SitesCommand implements Command {
    @Override
    public String name() {
        return "sites";
    }

    @Override
    public String summary() {
        return "list and check the sites in ELF32 i386 objects or executables";
    }

    @Override
    public String argsSyntax() {
        return "[--json] [--code16 SECTION[:START-END]]... FILE...";
    }

    @Override
    public Options options() {
        return new Options().addOption(Main.flag("json", "print one JSON object {\"sites\": [...], \"summary\": {...}}"))
                .addOption(Option.builder().longOpt("code16").hasArg()
                        .argName("SECTION[:START-END]")
                        .desc("the section (or offsets START to END, exclusive, in it) is 16-bit code; repeatable."
                                + " With any, all other code is 32-bit")
                        .build());
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("no input file (usage: tools/previrt sites " + argsSyntax() + ")");
        }
        CodeModes modes;
        try {
            String[] values = line.getOptionValues("code16");
            modes = CodeModes.parse(values == null ? List.of() : List.of(values));
        } catch (CodeModes.BadRange e) {
            throw new UsageException(e.getMessage());
        }
        InstructionDecoder decoder = new InstructionDecoder(Specs.load(ctx.root()));
        SiteAnalyzer analyzer = new SiteAnalyzer(decoder, modes);
        List<SiteReport.Entry> entries = new ArrayList<>();
        List<String> generations = new ArrayList<>();
        int exit = 0;
        int problems = 0;
        for (String file : line.getArgList()) {
            ElfFile elf = open(file, ctx);
            if (elf == null) {
                exit = 2;
                continue;
            }
            SiteAnalyzer.Analysis a;
            List<GenerationRecords.Generation> gens;
            try {
                a = analyzer.analyze(elf);
                gens = GenerationRecords.read(elf, decoder.records());
            } catch (ElfFormatException e) {
                ctx.err().println(e.in(file).getMessage());
                exit = 2;
                continue;
            }
            for (SiteProblem p : a.problems()) {
                ctx.err().println(p.describe(file));
            }
            problems += a.problems().size();
            if (!a.ambiguous().isEmpty()) {
                ctx.err().println(file + ": note: " + a.ambiguous().size() + " plain record(s) read as 32-bit code"
                        + " would read as another instruction in 16-bit code (first: " + a.ambiguous().get(0).ref() + ": "
                        + a.ambiguous().get(0).message() + "); name 16-bit code with --code16 SECTION[:START-END]");
            }
            for (Site s : a.sites()) {
                entries.add(new SiteReport.Entry(file, s));
            }
            generations.add(file + ": " + (gens.isEmpty() ? "no generation record (not assembled by previrt)"
                    : "generation " + String.join("; ", gens.stream().map(GenerationRecords.Generation::describe)
                            .distinct().toList())));
        }
        if (problems > 0) {
            ctx.err().println("previrt sites: " + problems + " bad site record(s)");
            exit = Math.max(exit, 1);
        }
        if (exit != 0) {
            return exit;
        }
        if (line.hasOption("json")) {
            SiteReport.json(entries, ctx.out());
        } else {
            SiteReport.table(entries, ctx.out());
            generations.forEach(ctx.out()::println);
        }
        return 0;
    }

    /** The parsed file, or null after printing {@code file: reason} (every file is tried, so one run names all bad ones). */
    static ElfFile open(String file, Context ctx) {
        try {
            return ElfFile.read(Path.of(file));
        } catch (PrevirtException e) {
            ctx.err().println(e.getMessage());
        } catch (IOException e) {
            ctx.err().println(IoErrors.describe(e, Path.of(file)));
        } catch (java.nio.file.InvalidPathException e) {
            ctx.err().println(file + ": invalid path");
        }
        return null;
    }
}
