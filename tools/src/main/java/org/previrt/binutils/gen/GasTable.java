package org.previrt.binutils.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;

/**
 * gas's decode table ({@code tc-i386-previrt.h}): one row per form, each the form's {@link
 * org.previrt.spec.model.Encoding} in C. Rows with a mandatory prefix come first, as in the Java decoder
 * ({@link org.previrt.decode.FormDecoder}); otherwise spec order (the validator keeps forms disjoint).
 */
public final class GasTable {

    private GasTable() {
    }

    public static List<GasForm> build(IsaSpec spec) {
        List<GasForm> out = new ArrayList<>();
        for (Form f : spec.forms()) {
            out.add(new GasForm(f));
        }
        out.sort(Comparator.comparingInt(g -> g.form().encoding().prefix() != 0 ? 0 : 1));
        return out;
    }
}
