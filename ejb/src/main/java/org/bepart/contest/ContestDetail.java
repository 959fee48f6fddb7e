package org.bepart.contest;

import java.util.List;

/** A published contest's page: its texts, limits, approved entries and, once announced, its winners. */
public record ContestDetail(ContestCard card, String description, String rules, List<String> videoHosts,
                            long maxImageBytes, long maxVideoBytes, List<EntryCard> entries,
                            List<EntryCard> winners) implements java.io.Serializable {

    public boolean takesVideoFiles() {
        return maxVideoBytes > 0;
    }

    public String videoHostsText() {
        return String.join(", ", videoHosts);
    }

    public long imageMb() {
        return Math.max(1, maxImageBytes / (1024 * 1024));
    }

    public long videoMb() {
        return Math.max(1, maxVideoBytes / (1024 * 1024));
    }
}
