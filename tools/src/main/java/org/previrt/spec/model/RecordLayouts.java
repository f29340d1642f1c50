package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The record tables of {@code isa-specs/vocabulary/records.yaml}: the site records, plain (L4Ka) and typed,
 * and the per-object generation record.
 */
public record RecordLayouts(Layout afterburn, Layout typed, Layout generation) {
    /** The field names previrt writes; a table holds {@code start}, {@code end} and, typed, the rest. */
    public static final List<String> PLAIN_FIELDS = List.of("start", "end");
    public static final List<String> TYPED_FIELDS = List.of("start", "end", "kind", "insn_len", "insn_off");
    public static final List<String> GENERATION_FIELDS = List.of("id_lo", "id_hi", "variant", "flags");
    /** generation record: variant values and flag bits. */
    public static final int VARIANT_TYPED = 1;
    public static final int FLAG_NOP1 = 1;
    public static final int FLAG_SKIPPED = 2;

    /** One field: its name, size in bytes and offset in the record. */
    public record Field(String name, int bytes, int offset, String what) {
        /** The C type of the field in previrt-sites.h. */
        public String cType() {
            return "uint" + bytes * 8 + "_t";
        }

        /** The gas directive that writes it. */
        public String directive() {
            return switch (bytes) {
                case 1 -> ".byte";
                case 2 -> ".short";
                default -> ".long";
            };
        }

        public String cName() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** One table: its section and fields in order. */
    public record Layout(String section, List<Field> fields) {
        public Layout {
            fields = List.copyOf(fields);
        }

        /** Record size in bytes: the fields, padded to the 4-byte alignment of the table. */
        public int size() {
            int end = fields.isEmpty() ? 0 : fields.get(fields.size() - 1).offset() + fields.get(fields.size() - 1).bytes();
            return (end + 3) & ~3;
        }

        public Field field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(section + " has no field " + name));
        }

        /** Reads a field of the record at {@code at} (little-endian). */
        public long read(byte[] data, int at, String name) {
            Field f = field(name);
            long v = 0;
            for (int i = f.bytes() - 1; i >= 0; i--) {
                v = v << 8 | (data[at + f.offset() + i] & 0xff);
            }
            return v;
        }

        /** Fields laid out in order from (name, bytes, what) triples. */
        public static Layout of(String section, List<String[]> fields) {
            List<Field> out = new ArrayList<>();
            int at = 0;
            for (String[] f : fields) {
                int b = Integer.parseInt(f[1]);
                out.add(new Field(f[0], b, at, f[2]));
                at += b;
            }
            return new Layout(section, out);
        }
    }

    /** The site-record sections. */
    public List<String> sections() {
        return List.of(afterburn.section(), typed.section());
    }

    /** Every non-allocated section previrt writes: the site records and the generation record. */
    public List<String> allSections() {
        return List.of(afterburn.section(), typed.section(), generation.section());
    }
}
