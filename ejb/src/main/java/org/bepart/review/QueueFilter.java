package org.bepart.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the review queue shows: statuses (empty for the "to do" list: submitted and under review), a country, words
 * of the title or of an organisation's name, and a page.
 */
public record QueueFilter(Set<InitiativeStatus> statuses, MemberState country,
                          @Size(max = InitiativeText.TITLE_MAX) String text,
                          @Min(1) @Max(ReviewService.MAX_PAGE) int page,
                          @Min(1) @Max(ReviewService.MAX_PAGE_SIZE) int size) {

    /** What reviewers have to do: initiatives waiting to be forwarded or decided. */
    public static final Set<InitiativeStatus> TO_DO = EnumSet.of(InitiativeStatus.SUBMITTED,
            InitiativeStatus.UNDER_REVIEW);
    /** The statuses the back office lists; drafts belong to their contributors. */
    public static final Set<InitiativeStatus> LISTED = EnumSet.complementOf(EnumSet.of(InitiativeStatus.DRAFT));

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? TO_DO : EnumSet.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The "to do" list, first page. */
    public static QueueFilter toDo(int size) {
        return new QueueFilter(null, null, null, 1, size);
    }

    /** Whether this is the default "to do" list. */
    public boolean isToDo() {
        return statuses.equals(TO_DO);
    }
}
