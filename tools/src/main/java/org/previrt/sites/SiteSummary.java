package org.previrt.sites;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Totals over the sites of one or more files. */
public record SiteSummary(int sites, Map<String, Integer> perFamily, long paddingBytes, long executedNops) {

    public static SiteSummary of(List<Site> sites) {
        Map<String, Integer> perFamily = new TreeMap<>();
        long pad = 0;
        long nops = 0;
        for (Site s : sites) {
            perFamily.merge(s.form().family(), 1, Integer::sum);
            pad += s.paddingBytes();
            nops += s.executedNops();
        }
        return new SiteSummary(sites.size(), perFamily, pad, nops);
    }
}
