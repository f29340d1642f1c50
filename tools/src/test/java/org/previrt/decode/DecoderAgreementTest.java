package org.previrt.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.Specs;
import org.previrt.render.PatchRenderer;
import org.previrt.render.TemplateEngine;
import org.previrt.sites.DecodedInstruction;
import org.previrt.sites.InstructionDecoder;
import org.previrt.util.ProjectRoot;

/**
 * Every decoder of instruction knowledge agrees on every form's encodings and on near misses (another
 * ModRM reg or mod, a missing mandatory prefix, the other operand size, the other mode), each byte string
 * read as 16- and as 32-bit code:
 * <ul>
 * <li>the Java decoder ({@link FormDecoder}, used by the audit) and {@code sites}' {@link InstructionDecoder};</li>
 * <li>gas's C classifier, compiled here from {@code templates/binutils/gas/tc-i386-previrt-classify.c}
 * against the header the patch series carries;</li>
 * <li>objdump, independently: the same length, a mnemonic the form spells, and for bytes that are no
 * form, no sensitive instruction.</li>
 * </ul>
 */
class DecoderAgreementTest {
    private static final Pattern LINE = Pattern.compile(" *([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\\s*\t?(.*)");
    private static final int SLOT = 32;

    @TempDir
    Path tmp;

    record Case(String why, byte[] bytes) {
        String hex() {
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                sb.append(sb.length() > 0 ? " " : "").append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }
    }

    record Reading(String form, int length) {
        @Override
        public String toString() {
            return form == null ? "none" : form + "/" + length;
        }
    }

    @Test
    void javaCAndObjdumpAgreeOnEveryFormAndNearMiss() throws Exception {
        Path root = ProjectRoot.find();
        IsaSpec spec = Specs.load(root);
        List<Case> cases = new ArrayList<>();
        for (Form f : spec.forms()) {
            cases.addAll(cases(f));
        }
        assertTrue(cases.size() > 500, "cases: " + cases.size());

        FormDecoder java = new FormDecoder(spec.forms(), spec.prefixes());
        InstructionDecoder sites = new InstructionDecoder(spec);
        Map<Integer, List<Reading>> c = new LinkedHashMap<>();
        for (int mode : new int[] {16, 32}) {
            c.put(mode, runC(root, spec, cases, mode));
        }
        Map<Integer, List<Reading>> dump = new LinkedHashMap<>();
        for (int mode : new int[] {16, 32}) {
            dump.put(mode, objdump(cases, mode));
        }
        List<String> problems = new ArrayList<>();
        int forms = 0;
        for (int mode : new int[] {16, 32}) {
            for (int k = 0; k < cases.size(); k++) {
                Case cs = cases.get(k);
                String where = mode + "-bit " + cs.hex() + " (" + cs.why() + ")";
                FormDecoder.Match m = java.decode(cs.bytes(), mode);
                Reading j = m == null ? new Reading(null, 0) : new Reading(m.form().name(), m.length());
                Form jf = m == null ? null : m.form();
                forms += m == null ? 0 : 1;

                // sites reads both modes with the same decoder
                Reading s = new Reading(null, 0);
                for (DecodedInstruction d : sites.candidates(cs.bytes())) {
                    if (d.code16() == (mode == 16)) {
                        s = new Reading(d.form().name(), d.length());
                    }
                }
                if (!s.equals(j)) {
                    problems.add(where + ": java " + j + ", sites " + s);
                }
                // gas's table has the forms that are sites only
                Reading expectC = jf != null && jf.isSite() ? j : new Reading(null, 0);
                Reading cr = c.get(mode).get(k);
                if (!cr.equals(expectC)) {
                    problems.add(where + ": java " + j + ", gas C " + cr);
                }
                String objdump = objdumpProblem(jf, j, dump.get(mode).get(k), spec);
                if (objdump != null) {
                    problems.add(where + ": " + objdump);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " disagreements:\n" + String.join("\n", problems));
        assertTrue(forms > 300, "decoded forms: " + forms);
    }

    /**
     * The sites of every form in .code16 as stock gas with the typed pack writes them
     * (test-vectors/every-form-16.s): each site's instruction bytes read as 16-bit code by the Java decoder,
     * gas's C classifier and objdump give the kind and length the typed record holds.
     */
    @Test
    void everyFormIn16BitCodeReadsAsItsTypedRecordSays() throws Exception {
        Path root = ProjectRoot.find();
        IsaSpec spec = Specs.load(root);
        String src = Files.readString(root.resolve("test-vectors/every-form-16.s"));
        Path obj = org.previrt.testutil.Gas.assemble(tmp, "every-form-16", src, org.previrt.testutil.Gas.TYPED);
        List<org.previrt.sites.Site> sites = new org.previrt.sites.SiteAnalyzer(new InstructionDecoder(spec))
                .analyze(org.previrt.elf.ElfFile.read(obj)).sites();
        assertTrue(sites.size() > 250, "sites: " + sites.size());
        List<Case> cases = new ArrayList<>();
        for (org.previrt.sites.Site s : sites) {
            cases.add(new Case(s.where(), s.instruction()));
        }
        FormDecoder java = new FormDecoder(spec.forms(), spec.prefixes());
        List<Reading> c = runC(root, spec, cases, 16);
        List<Reading> dump = objdump(cases, 16);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        spec.forms().forEach(f -> byName.put(f.name(), f.kind()));
        for (int k = 0; k < sites.size(); k++) {
            org.previrt.sites.Site s = sites.get(k);
            String where = s.where() + " " + cases.get(k).hex();
            FormDecoder.Match m = java.decode(s.instruction(), 16);
            Reading j = m == null ? new Reading(null, 0) : new Reading(m.form().name(), m.length());
            if (m == null || m.form().kind() != s.recordedKind() || m.length() != s.instruction().length) {
                problems.add(where + ": recorded kind 0x" + Integer.toHexString(s.recordedKind()) + ", java " + j);
            }
            if (!c.get(k).equals(j)) {
                problems.add(where + ": java " + j + ", gas C " + c.get(k));
            }
            String d = objdumpProblem(m == null ? null : m.form(), j, dump.get(k), spec);
            if (d != null) {
                problems.add(where + ": " + d);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " disagreements:\n" + String.join("\n", problems));
    }

    /** The form's encodings in each of its modes, and the near misses of each. */
    static List<Case> cases(Form f) {
        Encoding e = f.encoding();
        List<Case> out = new ArrayList<>();
        for (int mode : e.modes()) {
            boolean want16 = e.opsize() == Encoding.OperandSize.SIZE16;
            boolean toggle = e.opsize() != Encoding.OperandSize.ANY && want16 != (mode == 16);
            List<Integer> head = new ArrayList<>();
            if (e.prefix() != 0) {
                head.add(e.prefix());
            }
            if (toggle) {
                head.add(0x66);
            }
            head.addAll(e.opcode().bytes());
            String name = f.name() + " in " + mode + "-bit code";
            boolean opsize32 = !want16 && e.opsize() != Encoding.OperandSize.ANY || e.opsize() == Encoding.OperandSize.ANY && mode == 32;
            List<Integer> imm = immediates(e, e.opsize() == Encoding.OperandSize.ANY ? mode == 32 : opsize32);
            if (!e.hasModrm()) {
                out.add(make(name, head, List.of(), imm));
                if (e.opcode().bytes().size() > 1) {
                    List<Integer> other = new ArrayList<>(head);
                    other.set(other.size() - 1, (other.get(other.size() - 1) + 1) & 0xff);
                    out.add(make(name + ", last opcode byte + 1", other, List.of(), imm));
                }
            } else {
                for (int reg = 0; reg < 8; reg++) {
                    boolean accepted = (e.regField() & (1 << reg)) != 0;
                    String r = accepted ? "" : ", reg " + reg + " not accepted";
                    for (List<Integer> modrm : modrms(reg, mode)) {
                        boolean isReg = (modrm.get(0) >> 6) == 3;
                        String why = name + r + (isReg ? ", register operand" : ", memory operand")
                                + (isReg && e.mod() == Encoding.Mod.MEM ? " (mem only)" : "");
                        out.add(make(why, head, modrm, imm));
                    }
                }
            }
            if (e.prefix() != 0) {
                List<Integer> without = new ArrayList<>(head.subList(1, head.size()));
                out.add(make(name + ", mandatory prefix left out", without, firstModrm(e, mode), imm));
            }
            if (e.opsize() != Encoding.OperandSize.ANY) {
                List<Integer> flipped = new ArrayList<>(head);
                if (toggle) {
                    flipped.remove(Integer.valueOf(0x66));
                } else {
                    flipped.add(e.prefix() != 0 ? 1 : 0, 0x66);
                }
                out.add(make(name + ", other operand size", flipped, firstModrm(e, mode), immediates(e, !opsize32)));
            }
        }
        return out;
    }

    private static List<Integer> firstModrm(Encoding e, int mode) {
        if (!e.hasModrm()) {
            return List.of();
        }
        int reg = Integer.numberOfTrailingZeros(e.regField());
        return modrms(reg, mode).get(0);
    }

    /** ModRM bytes for one reg value: memory with no displacement, with disp8, SIB or disp16, and a register. */
    private static List<List<Integer>> modrms(int reg, int mode) {
        int r = reg << 3;
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of(r)); // (%eax) / (%bx,%si)
        out.add(List.of(0x40 | r | 1, 0x10)); // 0x10(%ecx) / 0x10(%bx,%di)
        out.add(mode == 32 ? List.of(0x04 | r, 0x24) : List.of(0x06 | r, 0x34, 0x12)); // (%esp) / 0x1234
        out.add(mode == 32 ? List.of(0x80 | r | 3, 0x78, 0x56, 0x34, 0x12) : List.of(0x80 | r | 7, 0x34, 0x12));
        out.add(List.of(0xc0 | r | 2)); // %edx
        return out;
    }

    private static List<Integer> immediates(Encoding e, boolean opsize32) {
        List<Integer> out = new ArrayList<>();
        for (String imm : e.opcode().immediates()) {
            int n = Encoding.immediateLength(imm, opsize32);
            for (int k = 0; k < n; k++) {
                out.add(0x11 * (k + 1) & 0xff);
            }
        }
        return out;
    }

    private static Case make(String why, List<Integer> head, List<Integer> modrm, List<Integer> imm) {
        List<Integer> all = new ArrayList<>(head);
        all.addAll(modrm);
        all.addAll(imm);
        byte[] b = new byte[all.size()];
        for (int k = 0; k < b.length; k++) {
            b[k] = (byte) (int) all.get(k);
        }
        return new Case(why, b);
    }

    /** gas's classifier, compiled from the plain C file and the header the patch series carries. */
    private List<Reading> runC(Path root, IsaSpec spec, List<Case> cases, int mode) throws Exception {
        Path dir = tmp.resolve("c");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("tc-i386-previrt.h"),
                    new PatchRenderer(new TemplateEngine(root.resolve("templates")), root).header(spec));
            Files.copy(root.resolve("templates/binutils/gas/tc-i386-previrt-classify.c"),
                    dir.resolve("tc-i386-previrt-classify.c"));
            Exec.Result cc = Exec.run(dir, Map.of(), null, List.of("gcc", "-std=gnu99", "-O1", "-Wall", "-Wextra",
                    "-Werror", "-I", dir.toString(), "-o", dir.resolve("classify").toString(),
                    root.resolve("tools/src/test/c/classify-main.c").toString()));
            assertEquals(0, cc.exit(), cc.err());
        }
        StringBuilder in = new StringBuilder();
        for (Case cs : cases) {
            in.append(mode).append(' ').append(cs.hex()).append('\n');
        }
        Path input = dir.resolve("in-" + mode);
        Files.writeString(input, in.toString());
        Exec.Result r = Exec.run(dir, Map.of(), input, List.of(dir.resolve("classify").toString()));
        assertEquals(0, r.exit(), r.err());
        List<Reading> out = new ArrayList<>();
        for (String l : r.out().split("\n")) {
            String[] w = l.trim().split(" ");
            out.add(w[0].equals("-") ? new Reading(null, 0) : new Reading(w[0], Integer.parseInt(w[1])));
        }
        assertEquals(cases.size(), out.size());
        return out;
    }

    /** objdump's first instruction of each case: one case per 32-byte slot, the rest of the slot NOPs. */
    private List<String[]> objdumpRaw(List<Case> cases, int mode) throws Exception {
        // one-byte NOPs by hand: gas's alignment fill is 32-bit NOPs, which 16-bit objdump reads across slots
        StringBuilder s = new StringBuilder(".text\n");
        for (Case cs : cases) {
            s.append(".byte ").append(cs.hex().replace(" ", ",0x").replaceFirst("^", "0x")).append('\n')
                    .append(".fill ").append(SLOT - cs.bytes().length).append(", 1, 0x90\n");
        }
        Path src = tmp.resolve("cases-" + mode + ".s");
        Path obj = tmp.resolve("cases-" + mode + ".o");
        Files.writeString(src, s.toString());
        Exec.Result as = Exec.run(tmp, Map.of(), null, List.of("as", "--32", "-o", obj.toString(), src.toString()));
        assertEquals(0, as.exit(), as.err());
        List<String> argv = new ArrayList<>(List.of("objdump", "-d", "-w", "-z"));
        if (mode == 16) {
            argv.add("-M");
            argv.add("i8086");
        }
        argv.add(obj.toString());
        Exec.Result d = Exec.run(tmp, Map.of(), null, argv);
        assertEquals(0, d.exit(), d.err());
        String[][] slots = new String[cases.size()][];
        for (String l : d.out().split("\n")) {
            Matcher m = LINE.matcher(l);
            if (m.matches()) {
                long addr = Long.parseLong(m.group(1), 16);
                if (addr % SLOT == 0 && addr / SLOT < cases.size()) {
                    int len = m.group(2).trim().split(" ").length;
                    slots[(int) (addr / SLOT)] = new String[] {Integer.toString(len), m.group(3).trim()};
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String[] x : slots) {
            out.add(x == null ? new String[] {"0", ""} : x);
        }
        return out;
    }

    private List<Reading> objdump(List<Case> cases, int mode) throws Exception {
        List<Reading> out = new ArrayList<>();
        for (String[] x : objdumpRaw(cases, mode)) {
            out.add(new Reading(x[1], Integer.parseInt(x[0])));
        }
        return out;
    }

    /**
     * Null when objdump's reading (its text in {@code form}) fits the Java decoder's: a form's spelling
     * and the same length, or, for bytes that are no form, nothing sensitive.
     */
    private static String objdumpProblem(Form jf, Reading j, Reading d, IsaSpec spec) {
        String text = d.form();
        String[] words = text.split("\\s+", 2);
        int w = 0;
        List<String> ws = new ArrayList<>(List.of(text.split("\\s+")));
        while (w < ws.size() - 1 && PREFIX_WORDS.contains(ws.get(w))) {
            w++;
        }
        String mnemonic = ws.isEmpty() ? "" : ws.get(w).toLowerCase(Locale.ROOT);
        String operands = String.join(" ", ws.subList(Math.min(w + 1, ws.size()), ws.size()));
        // "(bad)": no instruction; "%?": objdump's name for a register the encoding has not got
        boolean bad = text.contains("(bad)") || text.contains("%?");
        if (jf != null) {
            boolean needsRegister = jf.operands().stream().anyMatch(k -> SYSTEM_REGISTER_KINDS.contains(k.name()));
            if (bad || !spells(jf, mnemonic) || needsRegister && !namesSystemRegister(operands)) {
                return "java " + j + " but objdump says '" + text + "'";
            }
            if (d.length() != j.length()) {
                return "java " + j + " but objdump's length is " + d.length() + " ('" + text + "')";
            }
            return null;
        }
        if (bad) {
            return null;
        }
        for (Form f : spec.forms()) {
            if (spells(f, mnemonic) && (!REGISTER_SPELLINGS_NEEDED.contains(mnemonic) || namesSystemRegister(operands))) {
                return "java none but objdump says '" + text + "' (" + f.name() + "?)";
            }
        }
        return null;
    }

    private static final Set<String> SYSTEM_REGISTER_KINDS = Set.of("sreg", "creg", "dreg", "treg", "%es", "%cs",
            "%ss", "%ds", "%fs", "%gs");
    private static final Set<String> PREFIX_WORDS = Set.of("addr16", "addr32", "data16", "data32", "cs", "ds", "es",
            "fs", "gs", "ss", "lock", "rep", "repz", "repnz", "repe", "repne", "notrack", "bnd");
    /** Mnemonics that are sensitive only with a segment, control, debug or test register operand. */
    private static final Set<String> REGISTER_SPELLINGS_NEEDED = Set.of("mov", "movl", "movw", "push", "pushl",
            "pushw", "pop", "popl", "popw");

    private static Set<String> systemRegisters;

    private static boolean namesSystemRegister(String operands) {
        if (systemRegisters == null) {
            Set<String> regs = new TreeSet<>();
            try {
                for (String k : List.of("sreg", "creg", "dreg", "treg")) {
                    regs.addAll(Specs.load(ProjectRoot.find()).operandKinds().spellings(k));
                }
            } catch (java.io.IOException | org.previrt.util.InvalidInputException e) {
                throw new IllegalStateException(e);
            }
            systemRegisters = regs;
        }
        Set<String> regs = systemRegisters;
        for (String op : operands.split(",")) {
            if (regs.contains(op.trim())) {
                return true;
            }
        }
        return false;
    }

    /** Whether objdump's mnemonic is one of the form's spellings, allowing for an l/w size suffix either way. */
    private static boolean spells(Form f, String mnemonic) {
        for (String s : f.spellings()) {
            if (s.equals(mnemonic) || (s + "l").equals(mnemonic) || (s + "w").equals(mnemonic)
                    || (mnemonic + "l").equals(s) || (mnemonic + "w").equals(s)) {
                return true;
            }
        }
        return false;
    }
}
