package org.previrt.util;

/**
 * The one JSON writer of previrt's reports (sites --json, audit --json): values in call order, so the
 * output is deterministic; {@code ", "} between members and {@code ": "} after names. A report picks its
 * own line layout with {@link #newline(int)}. Strings come out as ASCII, everything else escaped.
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    private boolean first = true; // no member yet in the open object or array
    private boolean afterName;
    private String indent; // set by newline(): how the next member or closing bracket starts

    /** The next member, or the closing bracket, starts a new line indented by {@code spaces}. */
    public JsonWriter newline(int spaces) {
        indent = "\n" + " ".repeat(spaces);
        return this;
    }

    public JsonWriter beginObject() {
        beforeValue();
        sb.append('{');
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        beforeValue();
        sb.append('[');
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter name(String name) {
        separate();
        sb.append(quote(name)).append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        beforeValue();
        sb.append(s == null ? "null" : quote(s));
        return this;
    }

    public JsonWriter value(long n) {
        beforeValue();
        sb.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        sb.append(b);
        return this;
    }

    /** A number, or null for null. */
    public JsonWriter value(Number n) {
        beforeValue();
        sb.append(n == null ? "null" : n.toString());
        return this;
    }

    /** Shorthand for {@code name(n).value(v)}. */
    public JsonWriter field(String n, String v) {
        return name(n).value(v);
    }

    public JsonWriter field(String n, long v) {
        return name(n).value(v);
    }

    public JsonWriter field(String n, boolean v) {
        return name(n).value(v);
    }

    public JsonWriter field(String n, Number v) {
        return name(n).value(v);
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (!first) {
            sb.append(',');
        }
        if (indent != null) {
            sb.append(indent);
        } else if (!first) {
            sb.append(' ');
        }
        indent = null;
        first = false;
    }

    private JsonWriter close(char bracket) {
        if (indent != null) {
            sb.append(indent);
            indent = null;
        }
        sb.append(bracket);
        first = false;
        return this;
    }

    /** A JSON string literal: quote, backslash and control characters escaped, non-ASCII as {@code \}uXXXX. */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
