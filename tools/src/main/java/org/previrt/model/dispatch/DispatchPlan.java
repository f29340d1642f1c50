package org.previrt.model.dispatch;

import java.util.List;

/** Everything the pack template needs to classify instructions by their text. */
public record DispatchPlan(List<RegisterText> registers, List<SpellingDispatch> spellings) {
    public List<RegisterText> getRegisters() {
        return registers;
    }

    public List<SpellingDispatch> getSpellings() {
        return spellings;
    }
}
