package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.previrt.spec.load.SpecDocument;
import org.previrt.spec.model.RecordLayouts;
import org.previrt.util.InvalidInputException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks {@code isa-specs/vocabulary/records.yaml}: the tables afterburn, typed and generation, each with exactly
 * the fields previrt writes (any order), sizes 1, 2 or 4 bytes, naturally aligned; start and end are
 * 4-byte addresses (R_386_32); a section name gas accepts and loaders can find.
 */
public final class RecordLayoutsValidator {
    private static final String SECTION = "\\.[a-z][a-z0-9_.]*";

    public RecordLayouts validate(SpecDocument doc) throws InvalidInputException {
        Nodes in = new Nodes(doc.file());
        Node body = in.top(doc.root(), "records");
        Map<String, Node> tables = body == null ? null : in.mapping(body, "records", Set.of("afterburn", "typed", "generation"), Set.of());
        RecordLayouts.Layout plain = tables == null ? null : layout(in, tables.get("afterburn"), RecordLayouts.PLAIN_FIELDS);
        RecordLayouts.Layout typed = tables == null ? null : layout(in, tables.get("typed"), RecordLayouts.TYPED_FIELDS);
        RecordLayouts.Layout gen = tables == null ? null : layout(in, tables.get("generation"), RecordLayouts.GENERATION_FIELDS);
        if (plain != null && typed != null && plain.section().equals(typed.section())) {
            in.add(tables.get("typed"), "the two tables need two sections, not both " + plain.section());
        }
        if (gen != null && plain != null && typed != null
                && (gen.section().equals(plain.section()) || gen.section().equals(typed.section()))) {
            in.add(tables.get("generation"), "the generation record needs its own section, not " + gen.section());
        }
        if (!in.problems().isEmpty() || plain == null || typed == null || gen == null) {
            throw new InvalidInputException(in.problems());
        }
        return new RecordLayouts(plain, typed, gen);
    }

    private static RecordLayouts.Layout layout(Nodes in, Node n, List<String> want) {
        Map<String, Node> m = in.mapping(n, "a record table", Set.of("section", "fields"), Set.of());
        if (m == null) {
            return null;
        }
        String section = in.text(m.get("section"), "section");
        List<Node> items = in.list(m.get("fields"), "fields");
        if (section == null || items == null) {
            return null;
        }
        if (!section.matches(SECTION)) {
            in.add(m.get("section"), "section '" + section + "' must be a name like .afterburn");
            return null;
        }
        List<String[]> fields = new ArrayList<>();
        int at = 0;
        for (Node f : items) {
            Map<String, Node> fm = in.mapping(f, "a field", Set.of("name", "bytes", "what"), Set.of());
            if (fm == null) {
                return null;
            }
            String name = in.text(fm.get("name"), "name");
            String bytes = in.text(fm.get("bytes"), "bytes");
            String what = in.text(fm.get("what"), "what");
            if (name == null || bytes == null || what == null) {
                return null;
            }
            if (!want.contains(name) || fields.stream().anyMatch(x -> x[0].equals(name))) {
                in.add(fm.get("name"), "field '" + name + "' is not one of " + String.join(", ", want)
                        + " or is given twice");
                return null;
            }
            if (!bytes.matches("[124]")) {
                in.add(fm.get("bytes"), "bytes must be 1, 2 or 4, not '" + bytes + "'");
                return null;
            }
            int b = Integer.parseInt(bytes);
            if ((name.equals("start") || name.equals("end")) && b != 4) {
                in.add(fm.get("bytes"), name + " is an address with an R_386_32 relocation: 4 bytes");
                return null;
            }
            if (at % b != 0) {
                in.add(fm.get("bytes"), "field '" + name + "' at offset " + at + " is not aligned to its " + b + " bytes");
                return null;
            }
            fields.add(new String[] {name, bytes, what});
            at += b;
        }
        if (fields.size() != want.size()) {
            List<String> have = fields.stream().map(x -> x[0]).toList();
            in.add(m.get("fields"), "fields must be exactly " + String.join(", ", want) + " (missing: "
                    + String.join(", ", want.stream().filter(w -> !have.contains(w)).toList()) + ")");
            return null;
        }
        return RecordLayouts.Layout.of(section, fields);
    }
}
