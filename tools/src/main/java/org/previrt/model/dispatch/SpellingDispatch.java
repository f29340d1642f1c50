package org.previrt.model.dispatch;

import java.util.List;

/**
 * How the pack's macro for one spelling decides: an optional cheap guard (for spellings that are
 * sensitive only with special operands, like mov), then cases in order, then the plain instruction.
 */
public record SpellingDispatch(String spelling, String guardA, String guardB, List<Case> cases,
        boolean compilerSpelling) {
    public String getSpelling() {
        return spelling;
    }

    /** Symbol set tested on the first operand before any dispatch, or null when unguarded. */
    public String getGuardA() {
        return guardA;
    }

    public String getGuardB() {
        return guardB;
    }

    public boolean isGuarded() {
        return guardA != null || guardB != null;
    }

    /**
     * True for the suffixed spellings gcc itself emits for ordinary code (movl, pushl, popw...): the
     * PREVIRT_FAST option leaves them to stock gas, because every macro call costs far more than an
     * instruction.
     */
    public boolean isCompilerSpelling() {
        return compilerSpelling;
    }

    public List<Case> getCases() {
        return cases;
    }
}
