package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.previrt.spec.load.SpecDocument;
import org.previrt.spec.model.Family;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Opcode;
import org.previrt.spec.model.OperandKind;
import org.previrt.spec.model.Privilege;
import org.previrt.spec.model.dispatch.DispatchPlanner;
import org.previrt.util.Problem;
import org.previrt.util.InvalidInputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns parsed spec files into the model, collecting every problem of every file before giving up,
 * so one run tells the user all that is wrong.
 */
public final class SpecValidator {
    private static final Set<String> TOP_KEYS = Set.of("family", "summary", "defaults", "forms");
    private static final Set<String> DEFAULT_KEYS = Set.of("privilege", "scratch", "modes");
    /** Optional keys of a form record (the rest of FORM_KEYS are required; mod is required with a ModRM). */
    private static final Set<String> OPTIONAL_FORM_KEYS = Set.of("shadow", "not-a-site", "prefix", "opsize", "mod",
            "reg-field");
    private static final Set<String> FORM_KEYS = Set.of(
            "form", "kind", "spellings", "operands", "opcode", "prefix", "opsize", "mod", "reg-field", "modes",
            "privilege", "reason", "scratch", "shadow", "not-a-site");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MNEMONIC = Pattern.compile("[a-z][a-z0-9]*");
    /** Characters that would let a spec smuggle assembler syntax into the generated pack. */
    private static final Pattern INJECTION = Pattern.compile("[\\n\\r;#\"'\\\\`]");
    private static final int MAX_SCRATCH = 64;

    private final List<Problem> problems = new ArrayList<>();

    private org.previrt.spec.model.PrefixTable prefixes;
    private org.previrt.spec.model.OperandVocabulary operandKinds;
    private org.previrt.spec.model.RecordLayouts records;

    /** The families of {@code docs}, checked against the vocabulary (a null table was refused already). */
    public IsaSpec validate(List<SpecDocument> docs, org.previrt.spec.model.NopTable nops,
            org.previrt.spec.model.PrefixTable prefixes, org.previrt.spec.model.OperandVocabulary operandKinds,
            org.previrt.spec.model.RecordLayouts records) throws InvalidInputException {
        this.prefixes = prefixes;
        this.operandKinds = operandKinds;
        this.records = records;
        List<Family> families = new ArrayList<>();
        for (SpecDocument doc : docs) {
            Family f = family(doc);
            if (f != null) {
                families.add(f);
            }
        }
        crossChecks(families);
        if (problems.isEmpty()) {
            for (EncodingOverlap.Clash c : EncodingOverlap.clashes(families)) {
                add(c.form(), c.message());
            }
        }
        if (records != null) {
            int bits = 8 * records.typed().field("kind").bytes();
            for (Family f : families) {
                for (Form form : f.forms()) {
                    if (bits < 32 && form.kind() >= 1L << bits) {
                        add(form, String.format("kind 0x%x does not fit the %d-byte kind field of %s (%s)", form.kind(),
                                bits / 8, records.typed().section(), "isa-specs/vocabulary/records.yaml"));
                    }
                }
            }
        }
        IsaSpec spec = new IsaSpec(families, nops, prefixes, operandKinds, records);
        if (problems.isEmpty() && operandKinds != null) {
            for (DispatchPlanner.Ambiguity a : new DispatchPlanner().ambiguities(spec)) {
                problems.add(new Problem(a.form().file(), a.form().line(), a.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return spec;
    }

    private Family family(SpecDocument doc) {
        String file = doc.file();
        if (!(doc.root() instanceof MappingNode top)) {
            add(file, doc.root(), "a spec file must be a mapping with keys family, summary, forms");
            return null;
        }
        Map<String, Node> keys = mapping(file, top, TOP_KEYS, Set.of("family", "summary", "forms"), "spec file");
        String name = string(file, keys.get("family"), "family");
        if (name != null) {
            String stem = file.replaceAll(".*/", "").replaceAll("\\.yaml$", "");
            if (!NAME.matcher(name).matches()) {
                add(file, keys.get("family"), "family '" + name + "' must be lower-case words joined by '-'");
            } else if (!name.equals(stem)) {
                add(file, keys.get("family"), "family '" + name + "' must match the file name '" + stem + ".yaml'");
            }
        }
        String summary = line(file, keys.get("summary"), "summary");
        Privilege defPrivilege = null;
        Integer defScratch = null;
        Set<Integer> defModes = null;
        if (keys.containsKey("defaults")) {
            Map<String, Node> d = mapping(file, keys.get("defaults"), DEFAULT_KEYS, Set.of(), "defaults");
            if (d.containsKey("privilege")) {
                defPrivilege = privilege(file, d.get("privilege"));
            }
            if (d.containsKey("scratch")) {
                defScratch = scratch(file, d.get("scratch"));
            }
            if (d.containsKey("modes")) {
                defModes = modes(file, d.get("modes"));
            }
        }
        List<Form> forms = new ArrayList<>();
        Node formsNode = keys.get("forms");
        if (formsNode instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) {
                add(file, seq, "forms must not be empty");
            }
            for (Node n : seq.getValue()) {
                Form f = form(file, name, n, defPrivilege, defScratch, defModes);
                if (f != null) {
                    forms.add(f);
                }
            }
        } else if (formsNode != null) {
            add(file, formsNode, "forms must be a list of records");
        }
        return name == null || summary == null ? null : new Family(name, summary, file, forms);
    }

    private Form form(String file, String family, Node node, Privilege defPriv, Integer defScratch,
            Set<Integer> defModes) {
        Set<String> required = new HashSet<>(FORM_KEYS);
        required.removeAll(OPTIONAL_FORM_KEYS);
        if (defPriv != null) {
            required.remove("privilege");
        }
        if (defScratch != null) {
            required.remove("scratch");
        }
        if (defModes != null) {
            required.remove("modes");
        }
        int before = problems.size();
        Map<String, Node> keys = mapping(file, node, FORM_KEYS, required, "form record");
        String name = string(file, keys.get("form"), "form");
        if (name != null && !NAME.matcher(name).matches()) {
            add(file, keys.get("form"), "form '" + safe(name) + "' must be lower-case words joined by '-'");
        }
        Integer kind = null;
        if (keys.containsKey("kind")) {
            kind = integer(file, keys.get("kind"), "kind", 1, 0xffff);
        }
        List<String> spellings = new ArrayList<>();
        Node sp = keys.get("spellings");
        if (sp != null) {
            List<String> raw = stringList(file, sp, "spellings");
            if (raw != null && raw.isEmpty()) {
                add(file, sp, "spellings must not be empty");
            }
            for (String s : raw == null ? List.<String>of() : raw) {
                if (INJECTION.matcher(s).find()) {
                    add(file, sp, "spelling '" + safe(s) + "' contains a character that would inject assembler syntax");
                } else if (!MNEMONIC.matcher(s).matches()) {
                    add(file, sp, "spelling '" + safe(s) + "' is not a lower-case mnemonic");
                } else if (spellings.contains(s)) {
                    add(file, sp, "spelling '" + s + "' listed twice");
                } else {
                    spellings.add(s);
                }
            }
        }
        List<OperandKind> operands = new ArrayList<>();
        Node op = keys.get("operands");
        if (op != null) {
            List<String> raw = stringList(file, op, "operands");
            for (String s : raw == null ? List.<String>of() : raw) {
                OperandKind k = OperandKind.parse(s);
                if (operandKinds == null) {
                    continue; // operands.yaml was refused: its problems say why
                }
                if (!operandKinds.known(k.name())) {
                    add(file, op, "unknown operand kind '" + safe(s) + "' (known: "
                            + String.join(" ", operandKinds.names()) + ")");
                } else {
                    operands.add(k);
                }
            }
        }
        Opcode opcode = null;
        String opText = string(file, keys.get("opcode"), "opcode");
        if (opText != null) {
            String[] why = new String[1];
            opcode = Opcode.parse(opText, why);
            if (opcode == null) {
                add(file, keys.get("opcode"), why[0]);
            }
        }
        Encoding encoding = opcode == null ? null
                : encoding(file, node, keys, opcode, keys.containsKey("modes") ? modes(file, keys.get("modes")) : defModes);
        Privilege priv = keys.containsKey("privilege") ? privilege(file, keys.get("privilege")) : defPriv;
        String reason = line(file, keys.get("reason"), "reason");
        Integer scratch = keys.containsKey("scratch") ? scratch(file, keys.get("scratch")) : defScratch;
        if (encoding != null && scratch != null && scratch < encoding.minLength()) {
            add(file, keys.get("scratch") != null ? keys.get("scratch") : node,
                    "scratch " + scratch + " is shorter than the instruction itself (" + encoding.minLength() + " bytes)");
        }
        boolean shadow = false;
        if (keys.containsKey("shadow")) {
            String v = string(file, keys.get("shadow"), "shadow");
            if ("true".equals(v)) {
                shadow = true;
            } else if (!"false".equals(v)) {
                add(file, keys.get("shadow"), "shadow must be true or false, not '" + safe(String.valueOf(v)) + "'");
            }
        }
        String notASite = keys.containsKey("not-a-site") ? line(file, keys.get("not-a-site"), "not-a-site") : null;
        if (shadow && notASite != null) {
            add(file, keys.get("shadow"), "a form that is not a site has no padding, so shadow means nothing there");
        }
        if (problems.size() != before || name == null || kind == null || encoding == null || priv == null
                || reason == null || scratch == null) {
            return null;
        }
        return new Form(family, name, kind, List.copyOf(spellings), List.copyOf(operands), encoding, priv,
                reason, scratch, shadow, notASite, file, lineOf(node));
    }

    /**
     * The encoding keys of a record: {@code prefix} (a mandatory 66/f2/f3), {@code opsize} (16 or 32),
     * {@code mod} (mem, any, ignored; required exactly when the opcode has a ModRM), {@code reg-field}
     * (the reg values a {@code /r} form accepts), {@code modes}.
     */
    private Encoding encoding(String file, Node node, Map<String, Node> keys, Opcode opcode, Set<Integer> modes) {
        int before = problems.size();
        if (!opcode.bytes().isEmpty() && prefixes != null && prefixes.is(opcode.bytes().get(0))) {
            add(file, keys.get("opcode"), String.format("opcode starts with the prefix byte %02x: write a mandatory "
                    + "prefix as prefix: \"%02x\", an operand size as opsize: 16", opcode.bytes().get(0),
                    opcode.bytes().get(0)));
        }
        int prefix = 0;
        if (keys.containsKey("prefix")) {
            String v = string(file, keys.get("prefix"), "prefix");
            if (v != null) {
                switch (v) {
                    case "66" -> prefix = 0x66;
                    case "f2" -> prefix = 0xf2;
                    case "f3" -> prefix = 0xf3;
                    default -> add(file, keys.get("prefix"), "prefix must be \"66\", \"f2\" or \"f3\", not '"
                            + safe(v) + "'");
                }
            }
        }
        Encoding.OperandSize opsize = Encoding.OperandSize.ANY;
        if (keys.containsKey("opsize")) {
            String v = string(file, keys.get("opsize"), "opsize");
            if ("16".equals(v)) {
                opsize = Encoding.OperandSize.SIZE16;
            } else if ("32".equals(v)) {
                opsize = Encoding.OperandSize.SIZE32;
            } else if (v != null) {
                add(file, keys.get("opsize"), "opsize must be 16 or 32, not '" + safe(v) + "'");
            }
            if (prefix == 0x66) {
                add(file, keys.get("opsize"), "a form with the mandatory prefix 66 has no operand-size choice");
            }
        }
        Encoding.Mod mod = Encoding.Mod.NONE;
        if (keys.containsKey("mod")) {
            String v = string(file, keys.get("mod"), "mod");
            if (!opcode.hasModrm()) {
                add(file, keys.get("mod"), "mod given but the opcode has no ModRM (/0../7 or /r)");
            } else if (v != null && Encoding.Mod.parse(v) == null) {
                add(file, keys.get("mod"), "mod must be mem, any or ignored, not '" + safe(v) + "'");
            } else if (v != null) {
                mod = Encoding.Mod.parse(v);
            }
        } else if (opcode.hasModrm()) {
            add(file, keys.get("opcode"), "missing key 'mod' (mem, any or ignored): the opcode has a ModRM");
        }
        int regField = opcode.modrmDigit() != null ? 1 << opcode.modrmDigit() : Encoding.ALL_REGS;
        if (keys.containsKey("reg-field")) {
            List<String> raw = stringList(file, keys.get("reg-field"), "reg-field");
            if (!opcode.modrmReg()) {
                add(file, keys.get("reg-field"), "reg-field needs an opcode with /r");
            } else if (raw != null) {
                regField = 0;
                for (String r : raw) {
                    if (!r.matches("[0-7]")) {
                        add(file, keys.get("reg-field"), "reg-field values are 0..7, not '" + safe(r) + "'");
                    } else if ((regField & (1 << (r.charAt(0) - '0'))) != 0) {
                        add(file, keys.get("reg-field"), "reg-field value " + r + " listed twice");
                    } else {
                        regField |= 1 << (r.charAt(0) - '0');
                    }
                }
                if (regField == 0 && problems.size() == before) {
                    add(file, keys.get("reg-field"), "reg-field must not be empty");
                }
            }
        }
        if (modes == null) {
            if (!keys.containsKey("modes")) {
                add(file, node, "missing key 'modes' in form record (or in the file's defaults)");
            }
            return null;
        }
        return problems.size() != before ? null : new Encoding(prefix, opsize, opcode, mod, regField, modes);
    }

    private Set<Integer> modes(String file, Node node) {
        List<String> raw = stringList(file, node, "modes");
        if (raw == null) {
            return null;
        }
        Set<Integer> out = new java.util.TreeSet<>();
        for (String m : raw) {
            if (!m.equals("16") && !m.equals("32")) {
                add(file, node, "modes are 16 and 32 (x86-32 code sizes), not '" + safe(m) + "'");
                return null;
            }
            if (!out.add(Integer.parseInt(m))) {
                add(file, node, "mode " + m + " listed twice");
                return null;
            }
        }
        if (out.isEmpty()) {
            add(file, node, "modes must not be empty");
            return null;
        }
        return Set.copyOf(out);
    }

    /** Checks that span files: unique form names, kind ids and (spelling, operands) pairs. */
    private void crossChecks(List<Family> families) {
        Map<String, Form> names = new HashMap<>();
        Map<Integer, Form> kinds = new HashMap<>();
        Map<String, Form> signatures = new HashMap<>();
        for (Family fam : families) {
            for (Form f : fam.forms()) {
                Form other = names.putIfAbsent(f.name(), f);
                if (other != null) {
                    add(f, "form '" + f.name() + "' already defined at " + where(other));
                }
                other = kinds.putIfAbsent(f.kind(), f);
                if (other != null) {
                    add(f, "kind id " + f.kindHex() + " of form '" + f.name() + "' clashes with form '"
                            + other.name() + "' at " + where(other));
                }
                for (String s : f.spellings()) {
                    String sig = s + " " + f.operandText();
                    other = signatures.putIfAbsent(sig, f);
                    if (other != null) {
                        add(f, "spelling '" + s + "' with operands " + f.operandText()
                                + " is already form '" + other.name() + "' at " + where(other));
                    }
                }
            }
        }
    }

    // ---- node helpers -------------------------------------------------------------------------

    private Map<String, Node> mapping(String file, Node node, Set<String> allowed, Set<String> required, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            add(file, node, what + " must be a mapping");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                add(file, t.getKeyNode(), "keys must be plain words");
                continue;
            }
            String key = k.getValue();
            if (!allowed.contains(key)) {
                add(file, k, "unknown key '" + safe(key) + "' in " + what + " (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            } else if (out.containsKey(key)) {
                add(file, k, "duplicate key '" + key + "' in " + what);
            } else {
                out.put(key, t.getValueNode());
            }
        }
        for (String r : new java.util.TreeSet<>(required)) {
            if (!out.containsKey(r)) {
                add(file, node, "missing key '" + r + "' in " + what);
            }
        }
        return out;
    }

    private String string(String file, Node node, String key) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        add(file, node, key + " must be a single value");
        return null;
    }

    private String line(String file, Node node, String key) {
        String s = string(file, node, key);
        if (s == null) {
            return null;
        }
        if (s.isBlank()) {
            add(file, node, key + " must not be empty");
            return null;
        }
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                add(file, node, key + " must be one line without control characters");
                return null;
            }
        }
        if (s.contains("*/") || s.contains("/*")) {
            add(file, node, key + " must not contain '*/' or '/*' (it is copied into C comments)");
            return null;
        }
        return s;
    }

    private List<String> stringList(String file, Node node, String key) {
        if (!(node instanceof SequenceNode seq)) {
            add(file, node, key + " must be a list");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            String s = string(file, n, key + " entry");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private Integer integer(String file, Node node, String key, int min, int max) {
        String s = string(file, node, key);
        if (s == null) {
            return null;
        }
        Integer v = null;
        try {
            v = s.startsWith("0x") ? Integer.parseInt(s.substring(2), 16) : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (v == null || v < min || v > max) {
            add(file, node, key + " must be a whole number from " + min + " to " + max + ", not '" + safe(s) + "'");
            return null;
        }
        return v;
    }

    private Integer scratch(String file, Node node) {
        return integer(file, node, "scratch", 1, MAX_SCRATCH);
    }

    private Privilege privilege(String file, Node node) {
        String s = string(file, node, "privilege");
        if (s == null) {
            return null;
        }
        Privilege p = Privilege.parse(s);
        if (p == null) {
            add(file, node, "privilege must be privileged, sensitive-unprivileged or umip, not '" + safe(s) + "'");
        }
        return p;
    }

    private void add(String file, Node node, String message) {
        problems.add(new Problem(file, lineOf(node), message));
    }

    private void add(Form f, String message) {
        problems.add(new Problem(f.file(), f.line(), message));
    }

    private static int lineOf(Node node) {
        return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static String where(Form f) {
        return f.file() + ":" + f.line();
    }

    /** Echoes user text in a message without letting it break the message onto several lines. */
    private static String safe(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }
}
