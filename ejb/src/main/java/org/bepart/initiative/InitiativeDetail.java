package org.bepart.initiative;

import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Every public field of an initiative, its texts in the reader's language where it has one. */
public record InitiativeDetail(InitiativeCard card, InitiativeText text, Language originalLanguage,
                               Set<Language> availableLanguages, Format format, List<TermView> tools,
                               List<TermView> targetGroups, Party civilSociety, Party publicAuthority,
                               List<Link> links, Instant updatedAt) {

    static InitiativeDetail of(Initiative i, Language language) {
        ShownText shown = i.textFor(language);
        return new InitiativeDetail(InitiativeCard.of(i, language), shown.text(), i.getOriginalLanguage(),
                i.availableLanguages(), i.getFormat(),
                i.termsOf(TermKind.TOOL).stream().map(t -> TermView.of(t, language)).toList(),
                i.termsOf(TermKind.TARGET_GROUP).stream().map(t -> TermView.of(t, language)).toList(),
                i.getCivilSociety(), i.getPublicAuthority(), List.copyOf(i.getLinks()), i.getUpdatedAt());
    }
}
