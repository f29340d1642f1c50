package org.previrt.model.dispatch;

import java.util.List;

/** Everything the pack template needs to classify instructions by their text. */
public record DispatchPlan(List<SymbolSet> symbolSets, List<SpellingDispatch> spellings) {
    public List<SymbolSet> getSymbolSets() {
        return symbolSets;
    }

    public List<SpellingDispatch> getSpellings() {
        return spellings;
    }
}
