package org.previrt.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.previrt.spec.model.Family;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.Specs;

/** {@code list}: the families and forms of the specs as a table. */
final class ListCommand implements Command {
    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "print the families and forms of isa-specs/ as a table";
    }

    @Override
    public String argsSyntax() {
        return "";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        }
        IsaSpec spec = Specs.load(ctx.root());
        String fmt = "%-20s %-14s %-6s %-16s %-20s %-22s %3s  %s%n";
        ctx.out().printf(fmt, "FAMILY", "FORM", "KIND", "OPCODE", "OPERANDS", "PRIVILEGE", "PAD", "SPELLINGS");
        for (Family fam : spec.families()) {
            for (Form f : fam.forms()) {
                ctx.out().printf(fmt, fam.name(), f.name(), f.kindHex(), f.encoding().text(), f.operandText(),
                        f.privilege().spelling(), f.scratch(), String.join(" ", f.spellings()));
            }
        }
        ctx.out().printf("%d families, %d forms, %d spellings%n", spec.families().size(), spec.forms().size(),
                spec.formsBySpelling().size());
        return 0;
    }
}
