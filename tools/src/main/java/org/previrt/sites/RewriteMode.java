package org.previrt.sites;

/** What {@code rewrite} puts in a site: {@code int3} then NOPs, or a near call to a symbol then NOPs. */
public sealed interface RewriteMode {
    record Trap() implements RewriteMode {
    }

    record Call(String symbol) implements RewriteMode {
    }

    /** Parses {@code trap} or {@code call=SYMBOL}; null when neither. */
    public static RewriteMode parse(String text) {
        if (text.equals("trap")) {
            return new Trap();
        }
        if (text.startsWith("call=") && text.length() > "call=".length()) {
            return new Call(text.substring("call=".length()));
        }
        return null;
    }
}
