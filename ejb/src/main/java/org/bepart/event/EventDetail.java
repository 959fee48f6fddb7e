package org.bepart.event;

import org.bepart.language.Language;

import java.io.Serializable;
import java.util.List;

/** One event as its page shows it: the card, the description, the visible linked news, its languages. */
public record EventDetail(EventCard card, String description, List<LinkedNews> news, List<Language> languages)
        implements Serializable {
}
