package org.bepart.contest;

import org.bepart.language.Language;

import java.time.Instant;
import java.util.List;

/** A published contest's page: its texts, limits, approved entries and, once announced, its winners. */
public record ContestDetail(ContestCard card, String description, String rules, List<String> videoHosts,
                            long maxImageBytes, long maxVideoBytes, List<EntryCard> entries,
                            List<EntryCard> winners) implements java.io.Serializable {

    /** The page of {@code contest} in {@code language} at {@code now}, with the entries given. */
    public static ContestDetail of(Contest contest, Language language, Instant now, List<EntryCard> entries,
                                   List<EntryCard> winners) {
        ContestText text = contest.textFor(language);
        return new ContestDetail(ContestCard.of(contest, language, now), text.getDescription(), text.getRules(),
                contest.getVideoHostList(), contest.getMaxImageBytes(), contest.getMaxVideoBytes(), entries, winners);
    }

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
