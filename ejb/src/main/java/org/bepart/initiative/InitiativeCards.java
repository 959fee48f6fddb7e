package org.bepart.initiative;

import org.bepart.language.Language;

import java.util.List;

/** Cards of loaded initiatives for lists outside the catalogue (an organisation's profile). */
public final class InitiativeCards {

    private InitiativeCards() {
    }

    public static List<InitiativeCard> of(List<Initiative> initiatives, Language language) {
        return initiatives.stream().map(i -> InitiativeCard.of(i, language)).toList();
    }
}
