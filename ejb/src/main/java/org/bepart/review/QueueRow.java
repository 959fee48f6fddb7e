package org.bepart.review;

import org.bepart.account.Account;
import org.bepart.country.MemberState;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ShownText;
import org.bepart.language.Language;

import java.time.Instant;

/**
 * One initiative in the review queue.
 *
 * @param version   the version the reviewer saw, for optimistic locking of a bulk action
 * @param partnerIn       whether the partner organisation has joined and given its view; null when the initiative
 *                        has no owner organisation (imported before accounts existed)
 * @param ownOrganisation whether the reader stands on either side of it, so may not forward or decide on it
 * @param held            whether it is hidden from the public because its submitter was blocked, until decided
 */
public record QueueRow(long id, int version, String title, Language titleLanguage, String civilSociety,
                       String publicAuthority, MemberState country, InitiativeStatus status, Instant submittedAt,
                       Instant updatedAt, Boolean partnerIn, boolean ownOrganisation, boolean held)
        implements java.io.Serializable {

    static QueueRow of(Initiative i, Language language, Account reader) {
        ShownText shown = i.textFor(language);
        return new QueueRow(i.getId(), i.getVersion(), shown.text().getTitle(), shown.language(),
                i.getCivilSociety() == null ? null : i.getCivilSociety().getName(),
                i.getPublicAuthority() == null ? null : i.getPublicAuthority().getName(), i.getCountry(),
                i.getStatus(), i.getSubmittedAt(), i.getUpdatedAt(),
                i.getOwner() == null ? null : i.getPartner() != null && i.getPartnerView() != null,
                i.involves(reader), i.isHeld());
    }
}
