package org.previrt.model.dispatch;

import java.util.List;

/** Operand spellings (every case variant) that one {@code .ifdef} recognises. */
public record SymbolSet(String id, String description, List<String> texts) {
    public String getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public List<String> getTexts() {
        return texts;
    }
}
