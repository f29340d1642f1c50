package org.previrt.audit;

import java.util.List;

/** What the audit found for one input. */
public record InputResult(
        String input,
        int sensitive,
        int sites,
        int caught,
        List<Finding> missed,
        List<Finding> changed,
        List<Finding> unexpected,
        long paddingBytes,
        long paddingNops,
        long stockCodeBytes,
        long packCodeBytes) {

    public boolean ok() {
        return missed.isEmpty() && changed.isEmpty();
    }
}
