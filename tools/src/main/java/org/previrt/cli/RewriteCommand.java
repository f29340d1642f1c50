package org.previrt.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.spec.Specs;
import org.previrt.write.AtomicFile;
import org.previrt.sites.InstructionDecoder;
import org.previrt.sites.RewriteMode;
import org.previrt.sites.SiteAnalyzer;
import org.previrt.sites.SiteProblem;
import org.previrt.sites.SiteRewriter;
import org.previrt.util.IoErrors;
import org.previrt.util.RegularFiles;

/** {@code rewrite IN OUT --mode trap|call=SYMBOL}: a copy of IN with every site overwritten. */
final class RewriteCommand implements Command {
    @Override
    public String name() {
        return "rewrite";
    }

    @Override
    public String summary() {
        return "copy an ELF file with every site replaced by int3 or a call, padded with NOPs";
    }

    @Override
    public String argsSyntax() {
        return "IN OUT --mode trap|call=SYMBOL";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("mode").hasArg().argName("trap|call=SYMBOL")
                .desc("trap: int3 then NOPs; call=SYMBOL: call SYMBOL then NOPs (linked executables only, "
                        + "sites of at least 5 bytes)")
                .build());
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (line.getArgList().size() != 2) {
            throw new UsageException("expected IN and OUT (usage: tools/previrt rewrite " + argsSyntax() + ")");
        }
        String modeText = line.getOptionValue("mode");
        if (modeText == null) {
            throw new UsageException("--mode trap or --mode call=SYMBOL is required");
        }
        RewriteMode mode = RewriteMode.parse(modeText);
        if (mode == null) {
            throw new UsageException("unknown mode '" + modeText + "' (expected trap or call=SYMBOL)");
        }
        String in = line.getArgList().get(0);
        String out = line.getArgList().get(1);
        Path outPath = Path.of(out);
        RegularFiles.checkOutput(outPath);
        ElfFile elf = SitesCommand.open(in, ctx);
        if (elf == null) {
            return 2;
        }
        SiteAnalyzer.Analysis a;
        byte[] result;
        try {
            a = new SiteAnalyzer(new InstructionDecoder(Specs.load(ctx.root()))).analyze(elf);
            if (!a.problems().isEmpty()) {
                for (SiteProblem p : a.problems()) {
                    ctx.err().println(p.describe(in));
                }
                ctx.err().println("previrt rewrite: " + a.problems().size() + " bad site record(s); nothing written");
                return 1;
            }
            result = SiteRewriter.rewrite(elf, a.sites(), mode);
        } catch (ElfFormatException e) {
            throw e.in(in);
        } catch (SiteRewriter.Refused e) {
            for (String msg : e.getMessage().split("\n")) {
                ctx.err().println(in + ": " + msg);
            }
            ctx.err().println("previrt rewrite: nothing written");
            return e.badSites() ? 1 : 2;
        }
        RegularFiles.checkOutput(outPath); // again: it may have been replaced while we worked
        try {
            AtomicFile.write(outPath, result, Path.of(in));
        } catch (IOException e) {
            throw new IoErrors.PathError(outPath, "cannot write: " + IoErrors.reason(e));
        }
        ctx.out().printf("rewrite: %d site(s) of %s replaced (%s) in %s%n", a.sites().size(), in, modeText, out);
        return 0;
    }
}
