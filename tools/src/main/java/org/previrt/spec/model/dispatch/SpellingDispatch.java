package org.previrt.spec.model.dispatch;

import java.util.List;

/**
 * How the pack's macro for one spelling decides: an optional cheap guard (for spellings that are
 * sensitive only with special operands, like mov), then cases in order, then the plain instruction.
 * {@code textualKinds}: the register kinds in the bit order of the masks.
 */
public record SpellingDispatch(String spelling, String guardA, String guardB, List<Case> cases,
        List<String> textualKinds) {
    public String getSpelling() {
        return spelling;
    }

    /** Register mask (hex) tested on the first operand before any dispatch, or null when unguarded. */
    public String getGuardA() {
        return guardA;
    }

    public String getGuardB() {
        return guardB;
    }

    /** The guard as one mask: every token of a guarded spelling is tested against both slots' kinds. */
    public String getGuard() {
        int m = (guardA == null ? 0 : Integer.decode(guardA)) | (guardB == null ? 0 : Integer.decode(guardB));
        return "0x" + Integer.toHexString(m);
    }

    /** The operand kinds the guard lets through, for the pack's comments ("creg, dreg or %ss"). */
    public String getGuardKinds() {
        int m = Integer.decode(getGuard());
        List<String> names = new java.util.ArrayList<>();
        List<String> kinds = textualKinds; // the mask's bit order
        for (int i = 0; i < kinds.size(); i++) {
            if ((m & 1 << i) != 0) {
                names.add(kinds.get(i));
            }
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    public boolean isGuarded() {
        return guardA != null || guardB != null;
    }

    /**
     * The form when every case is the same form (most spellings): no test is needed, since operand
     * text that fits no form is rejected by gas itself with its own message.
     */
    public org.previrt.spec.model.Form getSingleForm() {
        org.previrt.spec.model.Form f = cases.get(0).form();
        for (Case c : cases) {
            if (c.form() != f) {
                return null;
            }
        }
        return isGuarded() ? null : f;
    }

    /** True when a case tests for a leading '*', which needs the pv_star helper first. */
    public boolean isUsesStar() {
        return cases.stream().flatMap(c -> c.conditions().stream()).anyMatch(x -> x.test() == Condition.Test.STAR);
    }

    public List<Case> getCases() {
        return cases;
    }
}
