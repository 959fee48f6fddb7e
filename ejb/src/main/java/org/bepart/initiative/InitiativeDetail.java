package org.bepart.initiative;

import org.bepart.language.Language;
import org.bepart.media.AttachmentView;
import org.bepart.organisation.Sector;
import org.bepart.search.ReplicationLinks;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every public field of an initiative, its texts in the reader's language where it has one. The contacts' e-mail
 * addresses are in it only where they agreed ({@link PublicParty}).
 *
 * @param owner     the organisation that submitted it with its perspective; null for initiatives without one
 * @param partner   the other side once it joined, with its perspective; else null
 * @param images    its gallery; filled for one initiative's page ({@code InitiativeCatalogue.find}), empty in lists
 * @param documents its PDF documents; filled like {@code images}
 * @param exchange  how it was found useful and the replications it takes part in
 * @param posts     how many questions, comments and replies readers see on its page (0: its page reads none)
 */
public record InitiativeDetail(InitiativeCard card, InitiativeText text, Language originalLanguage,
                               Set<Language> availableLanguages, Format format, List<TermView> tools,
                               List<TermView> targetGroups, PublicParty civilSociety, PublicParty publicAuthority,
                               List<Link> links, Instant updatedAt, Side owner, Side partner,
                               List<AttachmentView> images, List<AttachmentView> documents, Exchange exchange,
                               int posts) {

    /**
     * What peers made of it: how many marked it useful, the public initiatives it was inspired by and those it
     * inspired, each with what was adapted.
     */
    public record Exchange(int usefulCount, ReplicationLinks links) {

        public static final Exchange NONE = new Exchange(0, ReplicationLinks.NONE);

        public List<ReplicationLinks.Link> inspiredBy() {
            return links.inspiredBy();
        }

        public List<ReplicationLinks.Link> replicatedIn() {
            return links.replicatedIn();
        }
    }

    /** One side of the initiative: the organisation, where it stands, and its own perspective (null until given). */
    public record Side(long organisationId, String name, String slug, Sector sector, Perspective view) {

        static Side of(org.bepart.organisation.Organisation o, Perspective view) {
            return o == null ? null : new Side(o.getId(), o.getName(), Initiative.slug(o.getName()), o.sector(), view);
        }

        public boolean isPublicAuthority() {
            return sector == Sector.PUBLIC_AUTHORITY;
        }
    }

    static InitiativeDetail of(Initiative i, Language language, List<AttachmentView> attachments,
                               ReplicationLinks links) {
        ShownText shown = i.textFor(language);
        return new InitiativeDetail(InitiativeCard.of(i, language), shown.text(), i.getOriginalLanguage(),
                i.availableLanguages(), i.getFormat(),
                i.termsOf(TermKind.TOOL).stream().map(t -> TermView.of(t, language)).toList(),
                i.termsOf(TermKind.TARGET_GROUP).stream().map(t -> TermView.of(t, language)).toList(),
                PublicParty.of(i.getCivilSociety()), PublicParty.of(i.getPublicAuthority()), List.copyOf(i.getLinks()),
                i.getUpdatedAt(),
                Side.of(i.getOwner(), i.getOwnerView()), Side.of(i.getPartner(), i.getPartnerView()),
                attachments.stream().filter(AttachmentView::isImage).toList(),
                attachments.stream().filter(a -> !a.isImage()).toList(),
                new Exchange(i.getUsefulCount(), links), i.getPostCount());
    }

    /** Whether either side has given its own perspective. */
    public boolean hasPerspectives() {
        return owner != null && owner.view() != null || partner != null && partner.view() != null;
    }
}
