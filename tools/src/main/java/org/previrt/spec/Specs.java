package org.previrt.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.spec.load.SpecLoader;
import org.previrt.spec.load.VocabularyLoader;
import org.previrt.spec.model.NopTable;
import org.previrt.spec.validate.NopTableValidator;
import org.previrt.util.Problem;
import org.previrt.spec.model.IsaSpec;
import org.previrt.util.InvalidInputException;
import org.previrt.spec.model.OperandVocabulary;
import org.previrt.spec.model.PrefixTable;
import org.previrt.spec.model.RecordLayouts;
import org.previrt.spec.validate.RecordLayoutsValidator;
import org.previrt.spec.validate.OperandVocabularyValidator;
import org.previrt.spec.validate.PrefixTableValidator;
import org.previrt.spec.validate.SpecValidator;

/** The spec layer's one entry: load → validate → model, shared by every command that needs the specs. */
public final class Specs {
    private Specs() {
    }

    public static IsaSpec load(Path root) throws IOException, InvalidInputException {
        Path dir = root.resolve("isa-specs");
        SpecLoader.Result r = new SpecLoader().load(dir, root);
        // without the spec folder, its vocabulary is not worth a second message
        boolean present = java.nio.file.Files.isDirectory(dir);
        VocabularyLoader.Result v = present ? new VocabularyLoader().load(dir, "nops.yaml", root)
                : new VocabularyLoader.Result(null, List.of());
        VocabularyLoader.Result pv = present ? new VocabularyLoader().load(dir, "prefixes.yaml", root)
                : new VocabularyLoader.Result(null, List.of());
        VocabularyLoader.Result ov = present ? new VocabularyLoader().load(dir, "operands.yaml", root)
                : new VocabularyLoader.Result(null, List.of());
        VocabularyLoader.Result rv = present ? new VocabularyLoader().load(dir, "records.yaml", root)
                : new VocabularyLoader.Result(null, List.of());
        // report every problem of one run together: YAML errors, the NOP table, the families that parsed
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(v.problems());
        all.addAll(pv.problems());
        all.addAll(ov.problems());
        all.addAll(rv.problems());
        NopTable nops = null;
        if (v.document() != null) {
            try {
                nops = new NopTableValidator().validate(v.document());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
        }
        PrefixTable prefixes = null;
        if (pv.document() != null) {
            try {
                prefixes = new PrefixTableValidator().validate(pv.document());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
        }
        OperandVocabulary operandKinds = null;
        if (ov.document() != null) {
            try {
                operandKinds = new OperandVocabularyValidator().validate(ov.document());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
        }
        RecordLayouts records = null;
        if (rv.document() != null) {
            try {
                records = new RecordLayoutsValidator().validate(rv.document());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
        }
        IsaSpec spec = null;
        try {
            spec = new SpecValidator().validate(r.documents(), nops, prefixes, operandKinds, records);
        } catch (InvalidInputException e) {
            all.addAll(e.problems());
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return spec;
    }
}
