package org.previrt.audit;

import java.util.List;

/**
 * What the audit found for one input. {@code holes}: missed instructions that run without trapping in a
 * deprivileged guest (privilege sensitive-unprivileged or umip), so a hypervisor never sees them; a missed
 * privileged instruction traps, which is slow but correct.
 */
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
        long packCodeBytes,
        int holes) {

    public boolean ok() {
        return missed.isEmpty() && changed.isEmpty();
    }
}
