package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All validated families, sorted by name, and the vocabulary (padding, prefixes, operand kinds, record layouts): the single input of
 * every renderer and decoder.
 */
public record IsaSpec(List<Family> families, NopTable nops, PrefixTable prefixes, OperandVocabulary operandKinds,
        RecordLayouts records) {

    public IsaSpec {
        families = families.stream().sorted(Comparator.comparing(Family::name)).toList();
    }

    public List<Form> forms() {
        List<Form> out = new ArrayList<>();
        for (Family f : families) {
            out.addAll(f.forms());
        }
        return out;
    }

    /**
     * The same specs with only the forms that become sites by default (no {@code not-a-site} key): what
     * the packs and the patched as act on. Decoders and the audit keep seeing every form.
     */
    public IsaSpec sitesOnly() {
        List<Family> out = new ArrayList<>();
        for (Family f : families) {
            List<Form> kept = f.forms().stream().filter(Form::isSite).toList();
            if (!kept.isEmpty()) {
                out.add(new Family(f.name(), f.summary(), f.file(), kept));
            }
        }
        return new IsaSpec(out, nops, prefixes, operandKinds, records);
    }

    /** Forms by spelling; each list in spec order. */
    public Map<String, List<Form>> formsBySpelling() {
        Map<String, List<Form>> out = new TreeMap<>();
        for (Form f : forms()) {
            for (String s : f.spellings()) {
                out.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
