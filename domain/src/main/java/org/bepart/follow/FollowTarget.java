package org.bepart.follow;

import org.bepart.country.MemberState;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.taxonomy.Term;

import java.util.Locale;

/** What can be followed, and the key that names one of its kind: an id, a theme's code, a country's or level's code. */
public enum FollowTarget {
    INITIATIVE,
    ORGANISATION,
    THEME,
    COUNTRY,
    PARTICIPATION;

    /** Longest key: a theme's code at most. */
    public static final int KEY_MAX = 60;

    /**
     * The key of {@code raw} for this kind, in its one spelling (ids without leading zeros, codes in their case);
     * a {@link FollowException} for anything else. Whether the id or theme exists is the service's question.
     */
    public String key(String raw) {
        String value = raw == null ? "" : raw.strip();
        String key = switch (this) {
            case INITIATIVE, ORGANISATION -> value.matches("[0-9]{1,18}") && Long.parseLong(value) > 0
                    ? Long.toString(Long.parseLong(value)) : null;
            case THEME -> value.length() <= KEY_MAX && value.toLowerCase(Locale.ROOT).matches(Term.CODE_PATTERN)
                    ? value.toLowerCase(Locale.ROOT) : null;
            case COUNTRY -> MemberState.fromCode(value).map(MemberState::code).orElse(null);
            case PARTICIPATION -> ParticipationLevel.fromCode(value.toLowerCase(Locale.ROOT))
                    .map(ParticipationLevel::code).orElse(null);
        };
        if (key == null) {
            throw new FollowException("follow.error.target", this + " " + (value.length() > 80
                    ? value.substring(0, 80) + "…" : value));
        }
        return key;
    }

    /** The kind of a form's value ({@code initiative}, {@code theme}, …); a {@link FollowException} otherwise. */
    public static FollowTarget of(String value) {
        for (FollowTarget target : values()) {
            if (target.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return target;
            }
        }
        throw new FollowException("follow.error.target", "no kind " + value);
    }
}
