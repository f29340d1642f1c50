package org.previrt.sites;

/** Where a record lives: its table section, its index there and its byte offset in the table. */
public record RecordRef(String table, int index, long offset) implements Comparable<RecordRef> {
    @Override
    public String toString() {
        return table + " record #" + index + " (" + table + "+0x" + Long.toHexString(offset) + ")";
    }

    @Override
    public int compareTo(RecordRef o) {
        int c = table.compareTo(o.table);
        return c != 0 ? c : Integer.compare(index, o.index);
    }
}
