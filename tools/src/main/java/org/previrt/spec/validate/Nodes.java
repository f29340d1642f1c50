package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.previrt.util.Problem;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reading a vocabulary file's YAML nodes with {@code file:line} problems: each accessor returns null
 * (and records why) when the node is not what the file's format says.
 */
final class Nodes {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Nodes(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void add(Node node, String message) {
        int line = node == null ? 0 : node.getStartMark().map(mk -> mk.getLine() + 1).orElse(0);
        problems.add(new Problem(file, line, message));
    }

    /** A mapping with exactly the keys {@code required} plus any of {@code optional}, in file order. */
    Map<String, Node> mapping(Node n, String what, Set<String> required, Set<String> optional) {
        if (!(n instanceof MappingNode m)) {
            add(n, what + " must be a mapping with the keys " + String.join(", ", new java.util.TreeSet<>(required)));
            return null;
        }
        Map<String, Node> out = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!required.contains(key) && !optional.contains(key)) {
                java.util.TreeSet<String> allowed = new java.util.TreeSet<>(required);
                allowed.addAll(optional);
                add(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
                ok = false;
            } else if (out.put(key, t.getValueNode()) != null) {
                add(t.getKeyNode(), "key '" + key + "' given twice in " + what);
                ok = false;
            }
        }
        for (String k : new java.util.TreeSet<>(required)) {
            if (!out.containsKey(k)) {
                add(n, what + " needs the key '" + k + "'");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /** The top level {@code name:} of a vocabulary file. */
    Node top(Node root, String name) {
        Map<String, Node> m = mapping(root, "the file", Set.of(name), Set.of());
        return m == null ? null : m.get(name);
    }

    List<Node> list(Node n, String what) {
        if (!(n instanceof SequenceNode s) || s.getValue().isEmpty()) {
            add(n, what + " must be a non-empty list");
            return null;
        }
        return s.getValue();
    }

    /** One line of text: a word, number or quoted string. */
    String text(Node n, String what) {
        if (!(n instanceof ScalarNode s) || s.getValue().isBlank() || s.getValue().chars().anyMatch(c -> c < 0x20)) {
            add(n, what + " must be one line of text");
            return null;
        }
        return s.getValue();
    }

    /** A list of words matching {@code pattern}. */
    List<String> words(Node n, String what, String pattern) {
        List<Node> items = list(n, what);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node i : items) {
            String w = text(i, what);
            if (w == null) {
                return null;
            }
            if (!w.matches(pattern)) {
                add(i, what + ": '" + w + "' is not a word of the form " + pattern);
                return null;
            }
            out.add(w);
        }
        return out;
    }

    /** Two lower-case hex digits. */
    Integer hexByte(Node n, String what) {
        String t = text(n, what);
        if (t == null) {
            return null;
        }
        if (!t.matches("[0-9a-f]{2}")) {
            add(n, what + " must be one byte as two lower-case hex digits in quotes (\"66\"), not '" + t + "'");
            return null;
        }
        return Integer.parseInt(t, 16);
    }
}
