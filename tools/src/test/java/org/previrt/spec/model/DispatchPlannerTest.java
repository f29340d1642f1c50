package org.previrt.spec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.previrt.TestRoot;
import org.previrt.spec.model.dispatch.DispatchPlan;
import org.previrt.spec.model.dispatch.DispatchPlanner;
import org.previrt.spec.model.dispatch.SpellingDispatch;
import org.previrt.spec.Specs;

/** The textual dispatch worked out from the real specs. */
class DispatchPlannerTest {
    private static Map<String, SpellingDispatch> plan() throws Exception {
        DispatchPlan p = new DispatchPlanner().plan(Specs.load(TestRoot.real()));
        return p.spellings().stream().collect(Collectors.toMap(SpellingDispatch::spelling, d -> d));
    }

    @Test
    void singleFormSpellingsNeedNoTest() throws Exception {
        Map<String, SpellingDispatch> d = plan();
        assertEquals("cli", d.get("cli").getSingleForm().name());
        assertEquals("smsw", d.get("smswl").getSingleForm().name());
        assertNull(d.get("inb").getSingleForm(), "inb has an immediate and a %dx form");
    }

    @Test
    void farTransfersTellMemoryFromImmediateByTheStar() throws Exception {
        SpellingDispatch ljmp = plan().get("ljmp");
        assertTrue(ljmp.isUsesStar());
        assertEquals("ljmp-mem", ljmp.getCases().get(0).form().name());
    }

    @Test
    void farPointersSpelledJmpAndCallAreAliasesOfLjmpAndLcall() throws Exception {
        DispatchPlan p = new DispatchPlanner().plan(Specs.load(TestRoot.real()));
        Map<String, String> aliases = p.farAliases().stream()
                .collect(Collectors.toMap(DispatchPlan.FarAlias::spelling, a -> a.form().name()));
        assertEquals(Map.of("jmp", "ljmp-ptr", "jmpl", "ljmp-ptr", "jmpw", "ljmp-ptr-16", "call", "lcall-ptr",
                "calll", "lcall-ptr", "callw", "lcall-ptr-16"), aliases);
    }

    @Test
    void caseFoldingTellsEverySpellingApartInAnyCase() throws Exception {
        assertEquals(DispatchPlan.foldCode("insb"), DispatchPlan.foldCode("InSb"));
        assertEquals(DispatchPlan.foldCode("int1"), DispatchPlan.foldCode("INT1"));
        assertEquals(-1, DispatchPlan.foldCode("movsb.s"));
        assertEquals(-1, DispatchPlan.foldCode("wbnoinvdx"), "longer than the pack folds");
        java.util.Set<Long> codes = new java.util.HashSet<>();
        for (SpellingDispatch d : plan().values()) {
            assertTrue(codes.add(DispatchPlan.foldCode(d.spelling())), d.spelling());
        }
        // the pack adds a digit only below the limit: 7 digits may grow to 8, 8 may not grow
        long limit = Long.decode(new DispatchPlanner().plan(Specs.load(TestRoot.real())).getFoldLimit());
        assertTrue(DispatchPlan.foldCode("zzzzzzz") < limit);
        assertTrue(DispatchPlan.foldCode("aaaaaaaa") >= limit);
    }

    @Test
    void oneOperandCasesDoNotRequireASingleToken() throws Exception {
        // lret $ 4 is two tokens of one operand: the imm16 form must not test that b is blank
        SpellingDispatch lret = plan().get("lret");
        assertTrue(lret.getCases().stream().flatMap(c -> c.getConditions().stream())
                .noneMatch(c -> c.slot().equals("b") && c.test() == org.previrt.spec.model.dispatch.Condition.Test.BLANK));
    }

    @Test
    void caseVariantsCoverEveryLetterCase() {
        assertEquals(java.util.List.of("%CR3", "%Cr3", "%cR3", "%cr3"), OperandVocabulary.caseVariants("%cr3"));
    }

    @Test
    void opcodeNotation() {
        String[] why = new String[1];
        Opcode o = Opcode.parse("66 0f 38 82 /r", why);
        assertNotNull(o);
        assertEquals(4, o.bytes().size());
        assertTrue(o.modrmReg());
        assertEquals(2, Opcode.parse("0f 01 /2", why).modrmDigit());
        assertEquals(java.util.List.of("cp"), Opcode.parse("ea cp", why).immediates());
        assertNull(Opcode.parse("0F 01", why));
        assertNull(Opcode.parse("/2 0f", why));
        assertNull(Opcode.parse("0f /2 01", why));
        assertTrue(why[0].contains("malformed opcode"));
    }
}
