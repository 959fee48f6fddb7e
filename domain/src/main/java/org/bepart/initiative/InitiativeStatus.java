package org.bepart.initiative;

import org.bepart.shared.Coded;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where an initiative is in its lifecycle. Submitted, under review and validated initiatives are public;
 * drafts, initiatives sent back for changes and rejected ones are not.
 */
public enum InitiativeStatus implements Coded {
    DRAFT("draft", false),
    SUBMITTED("submitted", true),
    UNDER_REVIEW("under-review", true),
    CHANGES_REQUESTED("changes-requested", false),
    VALIDATED("validated", true),
    REJECTED("rejected", false);

    private final String code;
    private final boolean visibleToPublic;

    InitiativeStatus(String code, boolean visibleToPublic) {
        this.code = code;
        this.visibleToPublic = visibleToPublic;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isPublic() {
        return visibleToPublic;
    }

    /** The statuses the next step may lead to from this one. */
    public Set<InitiativeStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, REJECTED);
            case UNDER_REVIEW -> EnumSet.of(VALIDATED, CHANGES_REQUESTED, REJECTED);
            case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED);
            case VALIDATED -> EnumSet.of(CHANGES_REQUESTED);
            case REJECTED -> EnumSet.noneOf(InitiativeStatus.class);
        };
    }

    public boolean canMoveTo(InitiativeStatus target) {
        return next().contains(target);
    }

    /** The statuses the public pages show. */
    public static Set<InitiativeStatus> publicOnes() {
        return EnumSet.of(SUBMITTED, UNDER_REVIEW, VALIDATED);
    }

    public static Optional<InitiativeStatus> fromCode(String code) {
        return Coded.find(InitiativeStatus.class, code);
    }
}
