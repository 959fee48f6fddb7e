package org.bepart.initiative;

import org.bepart.language.Language;

/** What a page about a public initiative shows of it to link back to it: its title in the reader's language. */
public record InitiativeTitle(long id, String slug, String title, Language textLanguage) {

    static InitiativeTitle of(Initiative i, Language language) {
        ShownText shown = i.textFor(language);
        return new InitiativeTitle(i.getId(), Initiative.slug(shown.text().getTitle()), shown.text().getTitle(),
                shown.language());
    }
}
