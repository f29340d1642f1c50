package org.previrt.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** All validated families, sorted by name: the single input of every renderer. */
public record IsaSpec(List<Family> families) {

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
