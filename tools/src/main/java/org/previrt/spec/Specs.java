package org.previrt.spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.spec.load.SpecDocument;
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
        VocabularyLoader.Result v = vocabulary(present, dir, "nops.yaml", root);
        VocabularyLoader.Result pv = vocabulary(present, dir, "prefixes.yaml", root);
        VocabularyLoader.Result ov = vocabulary(present, dir, "operands.yaml", root);
        VocabularyLoader.Result rv = vocabulary(present, dir, "records.yaml", root);
        // report every problem of one run together: YAML errors, the vocabulary, the families that parsed
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(v.problems());
        all.addAll(pv.problems());
        all.addAll(ov.problems());
        all.addAll(rv.problems());
        NopTable nops = checked(v, d -> new NopTableValidator().validate(d), all);
        PrefixTable prefixes = checked(pv, d -> new PrefixTableValidator().validate(d), all);
        OperandVocabulary operandKinds = checked(ov, d -> new OperandVocabularyValidator().validate(d), all);
        RecordLayouts records = checked(rv, d -> new RecordLayoutsValidator().validate(d), all);
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

    private static VocabularyLoader.Result vocabulary(boolean present, Path dir, String name, Path root)
            throws IOException {
        return present ? new VocabularyLoader().load(dir, name, root) : new VocabularyLoader.Result(null, List.of());
    }

    /** One vocabulary file's validator. */
    private interface Validator<T> {
        T validate(SpecDocument doc) throws InvalidInputException;
    }

    /** The validated table, or null (its problems added) when it did not parse or validate. */
    private static <T> T checked(VocabularyLoader.Result loaded, Validator<T> validator, List<Problem> all) {
        if (loaded.document() == null) {
            return null;
        }
        try {
            return validator.validate(loaded.document());
        } catch (InvalidInputException e) {
            all.addAll(e.problems());
            return null;
        }
    }
}
