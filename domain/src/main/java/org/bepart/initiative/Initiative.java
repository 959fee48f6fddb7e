package org.bepart.initiative;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.country.MemberState;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.Sector;
import org.bepart.language.Language;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.Require;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * An initiative of civil participation in public decision-making: where it happened, who ran it (a civil-society
 * organisation and a public authority), how it fits the Code of Good Practice (stages, levels of participation), and
 * its texts in the original language with optional translations.
 */
@Entity
@Table(name = "initiative")
// For showing only (read-only: no copies kept to detect changes); the texts come in the same statement. Hints
// given here, not per use, keep each query prepared once.
@NamedQuery(name = Initiative.FIND_BY_ID_AND_STATUS,
        query = "SELECT i FROM Initiative i LEFT JOIN FETCH i.owner LEFT JOIN FETCH i.partner"
                + " WHERE i.id = :id AND i.status IN :statuses AND i.heldAt IS NULL",
        hints = {@QueryHint(name = QueryHints.LEFT_FETCH, value = "i.texts"),
                 @QueryHint(name = QueryHints.READ_ONLY, value = "true")})
@NamedQuery(name = Initiative.FIND_BY_IDS_AND_STATUS,
        query = "SELECT i FROM Initiative i LEFT JOIN FETCH i.owner LEFT JOIN FETCH i.partner"
                + " WHERE i.id IN :ids AND i.status IN :statuses AND i.heldAt IS NULL",
        hints = @QueryHint(name = QueryHints.READ_ONLY, value = "true"))
@NamedQuery(name = Initiative.FIND_BY_ORGANISATION, query = "SELECT i FROM Initiative i "
        + "WHERE (i.owner = :organisation OR i.partner = :organisation) ORDER BY i.updatedAt DESC, i.id DESC")
@NamedQuery(name = Initiative.FIND_PUBLIC_BY_ORGANISATION, query = "SELECT i FROM Initiative i "
        + "WHERE (i.owner = :organisation OR i.partner = :organisation) AND i.status IN :statuses "
        + "AND i.heldAt IS NULL ORDER BY i.submittedAt DESC, i.id DESC")
@NamedQuery(name = Initiative.FIND_PUBLIC_IDS_BY_ORGANISATION, query = "SELECT i.id FROM Initiative i "
        + "WHERE (i.owner.id = :organisation OR i.partner.id = :organisation) AND i.status IN :statuses "
        + "AND i.heldAt IS NULL ORDER BY i.submittedAt DESC, i.id DESC")
@NamedQuery(name = Initiative.FIND_PUBLIC_IDS_BY_AUTHOR, query = "SELECT i.id FROM Initiative i "
        + "WHERE i.createdBy = :account AND i.status IN :statuses AND i.heldAt IS NULL "
        + "ORDER BY i.submittedAt DESC, i.id DESC")
@NamedQuery(name = Initiative.FIND_PUBLIC_BY_AUTHOR, query = "SELECT i FROM Initiative i "
        + "WHERE i.createdBy = :account AND i.status IN :statuses AND i.heldAt IS NULL "
        + "ORDER BY i.submittedAt DESC, i.id DESC")
@NamedQuery(name = Initiative.FIND_BY_TERM,
        query = "SELECT i FROM Initiative i JOIN i.terms t WHERE t = :term ORDER BY i.id")
@NamedQuery(name = Initiative.COUNT_BY_TERM, query = "SELECT t.id, COUNT(i) FROM Initiative i JOIN i.terms t "
        + "WHERE t.kind = :kind GROUP BY t.id")
@NamedQuery(name = Initiative.FIND_BY_STATUS,
        query = "SELECT i FROM Initiative i WHERE i.status = :status ORDER BY i.updatedAt, i.id")
@NamedQuery(name = Initiative.COUNT_BY_STATUS,
        query = "SELECT i.status, COUNT(i) FROM Initiative i GROUP BY i.status")
public class Initiative {

    public static final String FIND_BY_ID_AND_STATUS = "Initiative.findByIdAndStatus";
    public static final String FIND_BY_IDS_AND_STATUS = "Initiative.findByIdsAndStatus";
    public static final String FIND_BY_ORGANISATION = "Initiative.findByOrganisation";
    /** Every initiative classified by {@code :term}, whatever its status. */
    public static final String FIND_BY_TERM = "Initiative.findByTerm";
    /** Term id and number of initiatives (any status) for the terms of {@code :kind} that have any. */
    public static final String COUNT_BY_TERM = "Initiative.countByTerm";
    public static final String FIND_PUBLIC_BY_ORGANISATION = "Initiative.findPublicByOrganisation";
    /** The ids of the public initiatives of {@code :organisation} (its id), as owner or partner, newest first. */
    public static final String FIND_PUBLIC_IDS_BY_ORGANISATION = "Initiative.findPublicIdsByOrganisation";
    /** The ids of the public initiatives {@code :account} (an account's id) created, newest first. */
    public static final String FIND_PUBLIC_IDS_BY_AUTHOR = "Initiative.findPublicIdsByAuthor";
    /** The public initiatives {@code :account} (an account's id) created, newest first. */
    public static final String FIND_PUBLIC_BY_AUTHOR = "Initiative.findPublicByAuthor";
    public static final String FIND_BY_STATUS = "Initiative.findByStatus";
    public static final String COUNT_BY_STATUS = "Initiative.countByStatus";
    public static final int PLACE_MAX = 120;
    public static final int LINKS_MAX = 20;

    @Id
    @SequenceGenerator(name = "initiative_seq", sequenceName = "initiative_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_seq")
    private Long id;

    @Version
    private int version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "original_language", nullable = false, length = 2)
    private Language originalLanguage;

    @Valid
    @ElementCollection
    @CollectionTable(name = "initiative_text", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "language", length = 2)
    @BatchFetch(BatchFetchType.IN)
    private Map<Language, InitiativeText> texts = new EnumMap<>(Language.class);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private MemberState country;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String region;

    @Size(max = PLACE_MAX)
    @Column(length = PLACE_MAX)
    private String municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "government_level", nullable = false, length = 20)
    private GovernmentLevel governmentLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Format format;

    @Embedded
    private Schedule schedule = Schedule.unknown();

    @Valid
    @Embedded
    private Location location;

    @ElementCollection
    @CollectionTable(name = "initiative_stage", joinColumns = @JoinColumn(name = "initiative_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    @BatchFetch(BatchFetchType.IN)
    private Set<Stage> stages = EnumSet.noneOf(Stage.class);

    @ElementCollection
    @CollectionTable(name = "initiative_participation", joinColumns = @JoinColumn(name = "initiative_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "participation_level", nullable = false, length = 30)
    @BatchFetch(BatchFetchType.IN)
    private Set<ParticipationLevel> participationLevels = EnumSet.noneOf(ParticipationLevel.class);

    @ManyToMany
    @JoinTable(name = "initiative_term", joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "term_id"))
    @BatchFetch(BatchFetchType.IN)
    private Set<Term> terms = new HashSet<>();

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "cso_name", length = Party.NAME_MAX)),
            @AttributeOverride(name = "contactPerson", column = @Column(name = "cso_contact", length = Party.CONTACT_MAX)),
            @AttributeOverride(name = "email", column = @Column(name = "cso_email", length = Party.EMAIL_MAX)),
            @AttributeOverride(name = "emailPublic", column = @Column(name = "cso_email_public"))})
    private Party civilSociety;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "authority_name", length = Party.NAME_MAX)),
            @AttributeOverride(name = "contactPerson",
                    column = @Column(name = "authority_contact", length = Party.CONTACT_MAX)),
            @AttributeOverride(name = "email", column = @Column(name = "authority_email", length = Party.EMAIL_MAX)),
            @AttributeOverride(name = "emailPublic",
                    column = @Column(name = "authority_email_public"))})
    private Party publicAuthority;

    @Valid
    @Size(max = LINKS_MAX)
    @ElementCollection
    @CollectionTable(name = "initiative_link", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<Link> links = new ArrayList<>();

    /** The organisation that submitted it; its members edit it. Null for initiatives imported without one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    @BatchFetch(BatchFetchType.IN)
    private Organisation owner;

    /** The other side (an authority if a civil-society organisation submitted, and the reverse), once it joined. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    @BatchFetch(BatchFetchType.IN)
    private Organisation partner;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "role", column = @Column(name = "owner_role", length = Perspective.TEXT_MAX)),
            @AttributeOverride(name = "assessment",
                    column = @Column(name = "owner_assessment", length = Perspective.TEXT_MAX)),
            @AttributeOverride(name = "differently",
                    column = @Column(name = "owner_differently", length = Perspective.TEXT_MAX))})
    private Perspective ownerView;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "role", column = @Column(name = "partner_role", length = Perspective.TEXT_MAX)),
            @AttributeOverride(name = "assessment",
                    column = @Column(name = "partner_assessment", length = Perspective.TEXT_MAX)),
            @AttributeOverride(name = "differently",
                    column = @Column(name = "partner_differently", length = Perspective.TEXT_MAX))})
    private Perspective partnerView;

    /** The last step of the submission form the contributors saved (0 before the first). */
    @Column(name = "wizard_step", nullable = false)
    private int wizardStep;

    @Column(name = "created_by")
    private Long createdBy;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * When it was held back from the public because an administrator blocked the account that submitted it (or gave
     * the partner's view) while it waited for review; null once a reviewer decided on it, and for all others.
     */
    @Column(name = "held_at")
    private Instant heldAt;

    /** How many accounts marked it useful; kept by the exchange service, never written with the initiative. */
    @Column(name = "useful_count", insertable = false, updatable = false)
    private int usefulCount;

    /** How many public initiatives say they were inspired by it; kept like {@link #usefulCount}. */
    @Column(name = "replication_count", insertable = false, updatable = false)
    private int replicationCount;

    /**
     * How many questions, comments and replies readers see on its page (shown or hidden, not held); kept by the
     * discussion services like {@link #usefulCount}.
     */
    @Column(name = "post_count", insertable = false, updatable = false)
    private int postCount;

    protected Initiative() {
    }

    /** A new draft, written in {@code originalLanguage}. */
    public Initiative(Language originalLanguage, InitiativeText original, MemberState country,
                      GovernmentLevel governmentLevel, Instant now) {
        this.originalLanguage = Require.notNull(originalLanguage, "original language");
        this.texts.put(originalLanguage, Require.notNull(original, "original text"));
        this.country = Require.notNull(country, "country");
        this.governmentLevel = Require.notNull(governmentLevel, "level of government");
        this.status = InitiativeStatus.DRAFT;
        this.createdAt = Require.notNull(now, "now");
        this.updatedAt = now;
    }

    /** A new draft of {@code owner}, created by {@code author}; the owner's side of the parties is filled in. */
    public Initiative(Language originalLanguage, InitiativeText original, Organisation owner, Account author,
                      GovernmentLevel governmentLevel, Instant now) {
        this(originalLanguage, original, Require.notNull(owner, "organisation").getCountry(), governmentLevel, now);
        this.owner = owner;
        this.createdBy = Require.notNull(author, "author").getId();
        Party ownerParty = new Party(owner.getName(), author.getDisplayName(), author.getEmail());
        if (owner.sector() == Sector.PUBLIC_AUTHORITY) {
            this.publicAuthority = ownerParty;
        } else {
            this.civilSociety = ownerParty;
        }
    }

    // --- lifecycle ---

    /** Moves to {@code target} if the lifecycle allows it, else throws {@link IllegalTransitionException}. */
    public void moveTo(InitiativeStatus target, Instant now) {
        move(target, now);
    }

    /**
     * Moves to {@code target} if the lifecycle allows it, else throws {@link IllegalTransitionException}; returns the
     * record of the change to keep. {@code actor} is null when the platform itself moves it.
     */
    public Transition moveTo(InitiativeStatus target, Account actor, String message, Instant now) {
        Require.notNull(id, "id of a saved initiative");
        InitiativeStatus from = move(target, now);
        return new Transition(id, from, target, actor, message, now);
    }

    private InitiativeStatus move(InitiativeStatus target, Instant now) {
        Require.notNull(target, "target status");
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        if (target == InitiativeStatus.SUBMITTED && submittedAt == null) {
            submittedAt = now;
        }
        InitiativeStatus from = status;
        status = target;
        touch(now);
        return from;
    }

    /** Whether its contributors may still change it: before review, or when the reviewers asked for changes. */
    public boolean isEditableByContributors() {
        return status == InitiativeStatus.DRAFT || status == InitiativeStatus.SUBMITTED
                || status == InitiativeStatus.CHANGES_REQUESTED;
    }

    /**
     * Whether {@code actor} may change this initiative's content: administrators at any time, members of the owner
     * organisation while contributors may edit it. Initiatives without owner (imported ones) only administrators.
     */
    public boolean isEditableBy(Account actor) {
        return actor.hasRole(Role.ADMINISTRATOR) || isOwnedBy(actor) && isEditableByContributors();
    }

    /** Refuses with {@link AccessDeniedException} unless {@link #isEditableBy} holds. */
    public void checkEditableBy(Account actor) {
        if (!isEditableBy(actor)) {
            throw new AccessDeniedException("account " + actor.getId() + " may not edit initiative " + id + " ("
                    + status + ")");
        }
    }

    /** Whether {@code actor} may change the partner's side: administrators, the partner while contributors may edit. */
    public boolean isPartnerSideEditableBy(Account actor) {
        return actor.hasRole(Role.ADMINISTRATOR) || isPartneredBy(actor) && isEditableByContributors();
    }

    /** Whether both sides have given their perspective. */
    public boolean hasBothSides() {
        return ownerView != null && ownerView.isGiven() && partner != null && partnerView != null
                && partnerView.isGiven();
    }

    // --- the two sides ---

    public void recordStep(int step, Instant now) {
        if (step < 0) {
            throw new IllegalArgumentException("steps start at 0");
        }
        wizardStep = Math.max(wizardStep, step);
        touch(now);
    }

    public void describeOwnView(Perspective view, Instant now) {
        this.ownerView = Require.notNull(view, "perspective");
        touch(now);
    }

    /**
     * {@code organisation} joins as the other side with its view. It must stand on the other side of the owner (an
     * authority for a civil-society organisation, and the reverse); its party is filled in from it.
     */
    public void joinAsPartner(Organisation organisation, Account contact, Perspective view, Instant now) {
        joinAsPartner(organisation, contact, view, false, now);
    }

    /** As above; {@code emailPublic} when the contact agreed to show the address on the public page. */
    public void joinAsPartner(Organisation organisation, Account contact, Perspective view, boolean emailPublic,
                              Instant now) {
        Require.notNull(organisation, "partner organisation");
        if (owner != null && (owner.equals(organisation) || !owner.sector().canPartnerWith(organisation.sector()))) {
            throw new PartnerSideException(owner.sector(), organisation.sector());
        }
        this.partner = organisation;
        this.partnerView = Require.notNull(view, "perspective");
        Party party = new Party(organisation.getName(), contact == null ? null : contact.getDisplayName(),
                contact == null ? null : contact.getEmail(), emailPublic);
        if (organisation.sector() == Sector.PUBLIC_AUTHORITY) {
            this.publicAuthority = party;
        } else {
            this.civilSociety = party;
        }
        touch(now);
    }

    public void describePartnerView(Perspective view, Instant now) {
        if (partner == null) {
            throw new IllegalStateException("no partner has joined");
        }
        this.partnerView = Require.notNull(view, "perspective");
        touch(now);
    }

    /** Removes the partner (an administrator replaces it); its view goes with it. */
    public void dropPartner(Instant now) {
        if (partner != null) {
            if (partner.sector() == Sector.PUBLIC_AUTHORITY) {
                publicAuthority = null;
            } else {
                civilSociety = null;
            }
        }
        partner = null;
        partnerView = null;
        touch(now);
    }

    /** Whether {@code account} belongs to the owner organisation. */
    public boolean isOwnedBy(Account account) {
        return account != null && owner != null && account.isMemberOf(owner);
    }

    /** Whether {@code account} belongs to the partner organisation. */
    public boolean isPartneredBy(Account account) {
        return account != null && partner != null && account.isMemberOf(partner);
    }

    /** Whether visitors see it: a public status, and not held back for review. */
    public boolean isPublic() {
        return status.isPublic() && heldAt == null;
    }

    /**
     * Whether {@code account} stands on either side of it: a member of the owner or of the partner organisation, or
     * the contact person of either party (by e-mail address). Such an account does not review it.
     */
    public boolean involves(Account account) {
        if (account == null || account.isDeleted()) {
            return false;
        }
        if (isOwnedBy(account) || isPartneredBy(account)) {
            return true;
        }
        String email = account.getEmail();
        return email != null && java.util.stream.Stream.of(civilSociety, publicAuthority)
                .anyMatch(p -> p != null && email.equalsIgnoreCase(p.getEmail()));
    }

    /** Holds it back from the public until a reviewer decides on it (its submitter was blocked). */
    public void holdForReview(Instant now) {
        if (heldAt == null) {
            heldAt = Require.notNull(now, "now");
        }
    }

    /** A reviewer decided on it: it shows again if its status is public. */
    public void release() {
        heldAt = null;
    }

    public boolean isHeld() {
        return heldAt != null;
    }

    public int getUsefulCount() {
        return usefulCount;
    }

    public int getReplicationCount() {
        return replicationCount;
    }

    public int getPostCount() {
        return postCount;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    private void touch(Instant now) {
        updatedAt = Require.notNull(now, "now");
    }

    // --- texts ---

    /** The text in {@code language} when the initiative has it, else the original. */
    public ShownText textFor(Language language) {
        Require.notNull(language, "language");
        InitiativeText text = texts.get(language);
        return text != null ? new ShownText(text, language, language)
                : new ShownText(texts.get(originalLanguage), originalLanguage, language);
    }

    public InitiativeText originalText() {
        return texts.get(originalLanguage);
    }

    /** Replaces the original text or adds or replaces a translation. */
    public void putText(Language language, InitiativeText text, Instant now) {
        texts.put(Require.notNull(language, "language"), Require.notNull(text, "text"));
        touch(now);
    }

    /**
     * Marks the fields of a translation readers are shown whose original changed since it was translated; no change
     * of content (the time of the last change stays). The original's text is never marked.
     */
    public void markOutdated(Language language, java.util.Collection<String> fields) {
        InitiativeText text = texts.get(Require.notNull(language, "language"));
        if (text != null && language != originalLanguage
                && !text.getOutdatedFields().equals(text.withOutdated(fields).getOutdatedFields())) {
            texts.put(language, text.withOutdated(fields));
        }
    }

    public void removeTranslation(Language language, Instant now) {
        if (language == originalLanguage) {
            throw new IllegalArgumentException("the original text cannot be removed");
        }
        texts.remove(language);
        touch(now);
    }

    /** Languages the initiative can be read in, the original first. */
    public Set<Language> availableLanguages() {
        Set<Language> result = new LinkedHashSet<>();
        result.add(originalLanguage);
        result.addAll(new TreeSet<>(texts.keySet()));
        return result;
    }

    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern OUTER_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern LAST_WORD = Pattern.compile("-[^-]*$");

    /**
     * A URL segment made of the title: lower case, accents of Latin letters removed, letters of any script kept, words joined by
     * hyphens, at most 60 characters. Only decoration: the id identifies the initiative.
     */
    public static String slug(String title) {
        String plain = LATIN_MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD))
                .replaceAll("")
                .transform(s -> Normalizer.normalize(s, Normalizer.Form.NFC))
                .toLowerCase(Locale.ROOT)
                .transform(s -> NOT_WORD.matcher(s).replaceAll("-"))
                .transform(s -> OUTER_DASHES.matcher(s).replaceAll(""));
        if (plain.length() > 60) {
            plain = LAST_WORD.matcher(plain.substring(0, 60)).replaceAll("");
        }
        return plain;
    }

    // --- place and classification ---

    public void locate(MemberState country, String region, String municipality, GovernmentLevel level, Instant now) {
        this.country = Require.notNull(country, "country");
        this.region = Require.optional(region, PLACE_MAX, "region");
        this.municipality = Require.optional(municipality, PLACE_MAX, "municipality");
        this.governmentLevel = Require.notNull(level, "level of government");
        touch(now);
    }

    public void classify(Collection<Stage> stages, Collection<ParticipationLevel> levels, Collection<Term> terms,
                         Instant now) {
        this.stages.clear();
        this.stages.addAll(Require.notNull(stages, "stages"));
        this.participationLevels.clear();
        this.participationLevels.addAll(Require.notNull(levels, "levels of participation"));
        this.terms.clear();
        this.terms.addAll(Require.notNull(terms, "terms"));
        touch(now);
    }

    /**
     * Puts {@code kept} where {@code merged} was (administrators merged two terms); an initiative that had both has
     * {@code kept} once. Not a change of its content: the time of its last change stays.
     */
    public void replaceTerm(Term merged, Term kept) {
        Require.notNull(kept, "kept term");
        if (terms.remove(Require.notNull(merged, "merged term"))) {
            terms.add(kept);
        }
    }

    /**
     * Puts {@code kept} where {@code merged} stood, as owner or partner (administrators merged two organisations).
     * Both must be of the same sector, so the two sides stay on opposite sectors.
     */
    public void replaceOrganisation(Organisation merged, Organisation kept) {
        Require.notNull(merged, "merged organisation");
        Require.notNull(kept, "kept organisation");
        if (merged.sector() != kept.sector()) {
            throw new IllegalArgumentException("merging " + merged.getId() + " into " + kept.getId()
                    + " of another sector");
        }
        if (merged == owner || merged.equals(owner)) {
            owner = kept;
        }
        if (merged == partner || merged.equals(partner)) {
            partner = kept;
        }
    }

    /** Places the initiative on the map; null when its place is not known. */
    public void placeAt(Location location, Instant now) {
        this.location = location;
        touch(now);
    }

    public void describeHow(Format format, Schedule schedule, Instant now) {
        this.format = format;
        this.schedule = Require.notNull(schedule, "schedule");
        touch(now);
    }

    public void setParties(Party civilSociety, Party publicAuthority, Instant now) {
        this.civilSociety = civilSociety;
        this.publicAuthority = publicAuthority;
        touch(now);
    }

    public void setLinks(List<Link> links, Instant now) {
        if (Require.notNull(links, "links").size() > LINKS_MAX) {
            throw new IllegalArgumentException("at most " + LINKS_MAX + " links");
        }
        this.links.clear();
        this.links.addAll(links);
        touch(now);
    }

    // --- reading ---

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public MemberState getCountry() {
        return country;
    }

    public String getRegion() {
        return region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public GovernmentLevel getGovernmentLevel() {
        return governmentLevel;
    }

    public Format getFormat() {
        return format;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    /** Where it took place, or empty when unknown. */
    public java.util.Optional<Location> getLocation() {
        return location != null && location.isKnown() ? java.util.Optional.of(location) : java.util.Optional.empty();
    }

    /** Stages in the order of the decision-making process. */
    public SortedSet<Stage> getStages() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(stages));
    }

    /** Levels of participation from the least to the most intense. */
    public SortedSet<ParticipationLevel> getParticipationLevels() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(participationLevels));
    }

    /** The terms of one managed list, in the list's order. */
    public List<Term> termsOf(TermKind kind) {
        return terms.stream().filter(t -> t.getKind() == kind)
                .sorted(Comparator.comparingInt(Term::getPosition).thenComparing(Term::getCode)).toList();
    }

    public Party getCivilSociety() {
        return civilSociety;
    }

    public Party getPublicAuthority() {
        return publicAuthority;
    }

    public List<Link> getLinks() {
        return Collections.unmodifiableList(links);
    }

    public Organisation getOwner() {
        return owner;
    }

    public Organisation getPartner() {
        return partner;
    }

    /** The submitter's perspective, or null before it is given. */
    public Perspective getOwnerView() {
        return ownerView != null && ownerView.isGiven() ? ownerView : null;
    }

    /** The partner's perspective, or null before it is given. */
    public Perspective getPartnerView() {
        return partnerView != null && partnerView.isGiven() ? partnerView : null;
    }

    public int getWizardStep() {
        return wizardStep;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
