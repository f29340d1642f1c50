package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.previrt.spec.load.SpecDocument;
import org.previrt.spec.model.PrefixTable;
import org.previrt.util.InvalidInputException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks {@code isa-specs/vocabulary/prefixes.yaml}: each byte once, a known role, the roles the
 * decoders act on (operand-size, address-size, repne, rep, lock) exactly once, and no spelling shared by
 * two bytes. That the bytes are the CPU's prefixes is checked by a test against objdump, not here.
 */
public final class PrefixTableValidator {
    private static final String WORD = "[a-z][a-z0-9]*";
    private static final List<String> UNIQUE_ROLES = List.of("operand-size", "address-size", "lock", "repne", "rep");

    public PrefixTable validate(SpecDocument doc) throws InvalidInputException {
        Nodes in = new Nodes(doc.file());
        List<PrefixTable.Prefix> out = new ArrayList<>();
        Node body = in.top(doc.root(), "prefixes");
        List<Node> items = body == null ? null : in.list(body, "prefixes");
        Set<Integer> seen = new HashSet<>();
        Map<String, Integer> gasWords = new HashMap<>();
        Map<String, Integer> objdumpWords = new HashMap<>();
        for (Node n : items == null ? List.<Node>of() : items) {
            Map<String, Node> m = in.mapping(n, "a prefix", Set.of("byte", "role", "gas", "objdump"), Set.of());
            if (m == null) {
                continue;
            }
            Integer b = in.hexByte(m.get("byte"), "byte");
            String role = in.text(m.get("role"), "role");
            List<String> gas = in.words(m.get("gas"), "gas", WORD);
            List<String> objdump = in.words(m.get("objdump"), "objdump", WORD);
            if (b == null || role == null || gas == null || objdump == null) {
                continue;
            }
            if (!PrefixTable.ROLES.contains(role)) {
                in.add(m.get("role"), "role '" + role + "' is none of " + String.join(", ", PrefixTable.ROLES));
                continue;
            }
            if (!seen.add(b)) {
                in.add(m.get("byte"), String.format("prefix %02x listed twice", b));
                continue;
            }
            if (!unique(in, m.get("gas"), gas, gasWords, b) || !unique(in, m.get("objdump"), objdump, objdumpWords, b)) {
                continue;
            }
            out.add(new PrefixTable.Prefix(b, role, gas, objdump));
        }
        if (in.problems().isEmpty()) {
            for (String role : UNIQUE_ROLES) {
                long n = out.stream().filter(p -> p.role().equals(role)).count();
                if (n != 1) {
                    in.add(body, "exactly one prefix must have role " + role + " (the decoders act on it), not " + n);
                }
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new PrefixTable(out);
    }

    private static boolean unique(Nodes in, Node at, List<String> words, Map<String, Integer> owner, int b) {
        for (String w : words) {
            Integer other = owner.putIfAbsent(w, b);
            if (other != null) {
                in.add(at, String.format("'%s' already spells prefix %02x", w, other));
                return false;
            }
        }
        return true;
    }
}
