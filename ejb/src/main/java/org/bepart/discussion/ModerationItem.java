package org.bepart.discussion;

import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A post as the moderators' queue shows it: where (the initiative and its title in the reader's language), who wrote
 * it (name, since when, blocked or not; null once the account is gone), the whole text, whether it is held or hidden,
 * and its reports.
 */
public record ModerationItem(long postId, long initiativeId, String initiativeTitle, Long authorId, String author,
                             Instant authorSince, boolean authorBlocked, PostKind kind, Language language,
                             String text, Instant createdAt, Instant editedAt, boolean held, Instant hiddenAt,
                             String hiddenReason, List<Report> reports) implements Serializable {

    /** One report: why, the note, who (null once the account is gone), when, and whether it is still open. */
    public record Report(ReportReason reason, String note, String reporter, Instant at, boolean open)
            implements Serializable {
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    /** The reports no moderator dealt with yet. */
    public List<Report> openReports() {
        return reports.stream().filter(Report::open).toList();
    }

    /** How many open reports give each reason, in the order of the reasons. */
    public Map<ReportReason, Long> openReasons() {
        Map<ReportReason, Long> counts = new TreeMap<>();
        openReports().forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
        return counts;
    }
}
