package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.previrt.spec.load.SpecDocument;
import org.previrt.spec.model.NopTable;
import org.previrt.util.Problem;
import org.previrt.util.InvalidInputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Checks {@code isa-specs/vocabulary/nops.yaml}: patterns of lengths 1, 2, .. n in order, each given as hex
 * bytes of that length, in both modes; the jump is {@code eb} (the only short jmp). Whether each pattern
 * really is one NOP in each mode is checked by a test against objdump, not here.
 */
public final class NopTableValidator {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{2}( [0-9a-f]{2})*");
    private static final Set<String> TABLE_KEYS = Set.of("modes", "jump", "patterns");
    private static final Set<String> PATTERN_KEYS = Set.of("length", "bytes", "at32", "at16");
    /** A short jmp skips at most 127 bytes; padding longer than this needs another rule. */
    public static final int MAX_PATTERN = 15;

    private final List<Problem> problems = new ArrayList<>();
    private String file;

    public NopTable validate(SpecDocument doc) throws InvalidInputException {
        file = doc.file();
        NopTable table = table(doc.root());
        if (!problems.isEmpty() || table == null) {
            if (problems.isEmpty()) {
                add(doc.root(), "no NOP table");
            }
            throw new InvalidInputException(problems);
        }
        return table;
    }

    private NopTable table(Node root) {
        if (!(root instanceof MappingNode top) || top.getValue().size() != 1
                || !(top.getValue().get(0).getKeyNode() instanceof ScalarNode k) || !k.getValue().equals("nops")) {
            add(root, "the file must hold one mapping 'nops:'");
            return null;
        }
        Node body = top.getValue().get(0).getValueNode();
        if (!(body instanceof MappingNode m)) {
            add(body, "nops must be a mapping with keys modes, jump, patterns");
            return null;
        }
        Node modes = null;
        Node jump = null;
        Node patterns = null;
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!TABLE_KEYS.contains(key)) {
                add(t.getKeyNode(), "unknown key '" + key + "' in nops (allowed: jump, modes, patterns)");
            } else if (key.equals("modes")) {
                modes = t.getValueNode();
            } else if (key.equals("jump")) {
                jump = t.getValueNode();
            } else {
                patterns = t.getValueNode();
            }
        }
        if (modes == null || jump == null || patterns == null) {
            add(body, "nops needs the keys modes, jump and patterns");
            return null;
        }
        List<Integer> modeList = new ArrayList<>();
        if (modes instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                String v = n instanceof ScalarNode s ? s.getValue() : "";
                if (!v.equals("16") && !v.equals("32")) {
                    add(n, "modes lists code sizes 16 and 32, not '" + v + "'");
                } else {
                    modeList.add(Integer.parseInt(v));
                }
            }
        }
        if (!modeList.equals(List.of(16, 32))) {
            add(modes, "modes must be [16, 32]: padding has to be NOPs whatever the mode of the site");
        }
        if (!(jump instanceof ScalarNode j) || !j.getValue().equals("eb")) {
            add(jump, "jump must be \"eb\" (jmp rel8)");
        }
        List<NopTable.Pattern> out = new ArrayList<>();
        if (!(patterns instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            add(patterns, "patterns must be a non-empty list");
            return null;
        }
        for (Node n : seq.getValue()) {
            NopTable.Pattern p = pattern(n, out.size() + 1);
            if (p != null) {
                out.add(p);
            }
        }
        if (out.size() > MAX_PATTERN) {
            add(patterns, "at most " + MAX_PATTERN + " patterns (an instruction is at most 15 bytes)");
        }
        return problems.isEmpty() ? new NopTable(List.copyOf(out), List.copyOf(modeList), 0xeb) : null;
    }

    private NopTable.Pattern pattern(Node n, int expectLength) {
        if (!(n instanceof MappingNode m)) {
            add(n, "a pattern must be a mapping {length, bytes, at32, at16}");
            return null;
        }
        String length = null;
        String bytes = null;
        String at32 = null;
        String at16 = null;
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            String value = t.getValueNode() instanceof ScalarNode s ? s.getValue() : null;
            if (!PATTERN_KEYS.contains(key)) {
                add(t.getKeyNode(), "unknown key '" + key + "' in a pattern (allowed: at16, at32, bytes, length)");
                continue;
            }
            if (value == null || value.isBlank() || value.chars().anyMatch(c -> c < 0x20)) {
                add(t.getValueNode(), key + " must be one line of text");
                continue;
            }
            switch (key) {
                case "length" -> length = value;
                case "bytes" -> bytes = value;
                case "at32" -> at32 = value;
                default -> at16 = value;
            }
        }
        if (length == null || bytes == null || at32 == null || at16 == null) {
            add(n, "a pattern needs length, bytes, at32 and at16");
            return null;
        }
        if (!length.equals(Integer.toString(expectLength))) {
            add(n, "patterns must be listed by length 1, 2, 3 ..: expected length " + expectLength + ", not " + length);
            return null;
        }
        if (!HEX.matcher(bytes).matches()) {
            add(n, "bytes must be lower-case hex bytes separated by spaces, not '" + bytes + "'");
            return null;
        }
        byte[] b = HexFormat.of().parseHex(bytes.replace(" ", ""));
        if (b.length != expectLength) {
            add(n, "bytes '" + bytes + "' are " + b.length + " long, not " + expectLength);
            return null;
        }
        return new NopTable.Pattern(b, at32, at16);
    }

    private void add(Node node, String message) {
        int line = node == null ? 0 : node.getStartMark().map(mk -> mk.getLine() + 1).orElse(0);
        problems.add(new Problem(file, line, message));
    }
}
