package org.bepart.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Attachment;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.Location;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.PartnerInvitation;
import org.bepart.initiative.Perspective;
import org.bepart.initiative.Schedule;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.media.AttachmentView;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationSummary;
import org.bepart.partner.InvitationView;
import org.bepart.platform.Access;
import org.bepart.lifecycle.ContentChanges;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.NotFoundException;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The submission form's saves. Every step is saved as a draft with the version the form read (a change made by
 * somebody else meanwhile is refused with {@code ConcurrentChangeException}); the step is recorded so that the form
 * resumes there. Edits of a public initiative are announced ({@link InitiativeEdited}, {@link InitiativeChanged}).
 */
@Stateless
public class SubmissionService {

    public static final int STEPS = 6;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private InitiativeLifecycle lifecycle;


    @Inject
    private ContentChanges contentChanges;

    /**
     * Step 1 of a new initiative: a draft of {@code organisationId}, of which the actor must be a member (or an
     * administrator, who may write for any organisation).
     */
    public Saved create(@NotNull Long actorId, long organisationId, @NotNull @Valid Basics basics) {
        Account actor = Access.actor(em, actorId);
        Organisation owner = em.find(Organisation.class, organisationId);
        if (owner == null || !actor.isMemberOf(owner) && !actor.hasRole(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("account " + actorId + " does not write for organisation " + organisationId);
        }
        Instant now = clock.instant();
        Initiative initiative = new Initiative(basics.getOriginalLanguage(), text(basics, null), owner, actor,
                levelOf(owner.getKind()), now);
        initiative.recordStep(1, now);
        em.persist(initiative);
        em.flush();
        return new Saved(initiative.getId(), initiative.getVersion());
    }

    /** What a save gives back: the initiative and the version to send with the next save. */
    public record Saved(long id, int version) {
    }

    public Saved saveBasics(@NotNull Long actorId, long id, int version, @NotNull @Valid Basics basics) {
        Initiative initiative = editable(actorId, id, version);
        Instant now = clock.instant();
        if (basics.getOriginalLanguage() != initiative.getOriginalLanguage()) {
            throw new IllegalArgumentException("the original language is chosen once, when the draft is created");
        }
        initiative.putText(initiative.getOriginalLanguage(), text(basics, initiative.originalText()), now);
        return saved(initiative, 1, actorId);
    }

    public Saved savePlace(@NotNull Long actorId, long id, int version, @NotNull @Valid Place place) {
        Initiative initiative = editable(actorId, id, version);
        if ((place.getLatitude() == null) != (place.getLongitude() == null)) {
            throw new IllegalArgumentException("a point on the map needs both latitude and longitude");
        }
        Instant now = clock.instant();
        initiative.locate(place.getCountry(), blankToNull(place.getRegion()), blankToNull(place.getMunicipality()),
                place.getGovernmentLevel(), now);
        initiative.placeAt(place.getLatitude() == null ? null
                : new Location(place.getLatitude(), place.getLongitude()), now);
        List<Term> terms = new ArrayList<>(initiative.termsOf(TermKind.THEME));
        terms.addAll(initiative.termsOf(TermKind.TOOL));
        terms.addAll(terms(initiative, TermKind.TARGET_GROUP, place.getTargetGroups()));
        initiative.classify(initiative.getStages(), initiative.getParticipationLevels(), terms, now);
        return saved(initiative, 2, actorId);
    }

    public Saved saveProcess(@NotNull Long actorId, long id, int version, @NotNull @Valid Process process) {
        Initiative initiative = editable(actorId, id, version);
        Instant now = clock.instant();
        List<Stage> stages = process.getStages().stream()
                .map(code -> Stage.fromCode(code).orElseThrow(() -> new IllegalArgumentException("stage " + code)))
                .toList();
        List<ParticipationLevel> levels = process.getParticipationLevels().stream()
                .map(code -> ParticipationLevel.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("level " + code))).toList();
        List<Term> terms = new ArrayList<>(initiative.termsOf(TermKind.TARGET_GROUP));
        terms.addAll(terms(initiative, TermKind.THEME, process.getThemes()));
        terms.addAll(terms(initiative, TermKind.TOOL, process.getTools()));
        initiative.classify(stages, levels, terms, now);
        Schedule schedule = process.isOngoing() ? Schedule.ongoingSince(process.getStartDate())
                : Schedule.between(process.getStartDate(), process.getEndDate());
        initiative.describeHow(process.getFormat(), schedule, now);
        return saved(initiative, 3, actorId);
    }

    public Saved saveResults(@NotNull Long actorId, long id, int version, @NotNull @Valid Results results) {
        Initiative initiative = editable(actorId, id, version);
        Instant now = clock.instant();
        InitiativeText old = initiative.originalText();
        initiative.putText(initiative.getOriginalLanguage(), new InitiativeText(old.getTitle(), old.getSummary(),
                old.getDescription(), old.getObjectives(), blankToNull(results.getResults()),
                blankToNull(results.getChallenges()), blankToNull(results.getLessons()),
                blankToNull(results.getResources())), now);
        initiative.describeOwnView(new Perspective(results.getRole().strip(), results.getAssessment().strip(),
                blankToNull(results.getDifferently())), now);
        return saved(initiative, 4, actorId);
    }

    /** Step 5: the links (rows without an address are left out); files are added one by one by the media service. */
    public Saved saveLinks(@NotNull Long actorId, long id, int version,
                           @NotNull @Size(max = Initiative.LINKS_MAX) List<@Valid LinkRow> links) {
        Initiative initiative = editable(actorId, id, version);
        List<Link> kept = links.stream().filter(l -> l.getUrl() != null && !l.getUrl().isBlank())
                .map(l -> new Link(l.getUrl().strip(), blankToNull(l.getLabel()))).toList();
        initiative.setLinks(kept, clock.instant());
        return saved(initiative, 5, actorId);
    }

    /** Step 6 was reached: the form resumes at the review. */
    public Saved reachReview(@NotNull Long actorId, long id, int version) {
        return saved(editable(actorId, id, version), 6, actorId);
    }

    /** The initiative with every step's form, for those who may edit it. */
    public Draft draft(@NotNull Long actorId, long id) {
        Account actor = Access.actor(em, actorId);
        Initiative i = em.find(Initiative.class, id);
        if (i == null) {
            throw new NotFoundException("no initiative " + id);
        }
        i.checkEditableBy(actor);
        return draftOf(i);
    }

    /** The initiatives of the actor's organisations, as owner or partner, the last changed first. */
    public List<MyInitiative> mine(@NotNull Long actorId, @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        Set<Organisation> organisations = actor.getOrganisations();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Initiative i WHERE i.owner IN :organisations"
                        + " OR i.partner IN :organisations ORDER BY i.updatedAt DESC, i.id DESC", Initiative.class)
                .setParameter("organisations", organisations).getResultStream()
                .map(i -> {
                    boolean asPartner = !i.isOwnedBy(actor);
                    String title = i.textFor(language).text().getTitle();
                    return new MyInitiative(i.getId(), title, Initiative.slug(title), i.getStatus(),
                            i.getWizardStep(), i.getOwner() == null ? null : i.getOwner().getName(), asPartner,
                            !asPartner && i.isEditableBy(actor),
                            asPartner && i.isEditableByContributors(), i.getUpdatedAt());
                }).toList();
    }

    private Draft draftOf(Initiative i) {
        InitiativeText text = i.originalText();
        Basics basics = new Basics();
        basics.setOriginalLanguage(i.getOriginalLanguage());
        basics.setTitle(text.getTitle());
        basics.setSummary(text.getSummary());
        basics.setDescription(text.getDescription());
        basics.setObjectives(text.getObjectives());

        Place place = new Place();
        place.setCountry(i.getCountry());
        place.setRegion(i.getRegion());
        place.setMunicipality(i.getMunicipality());
        place.setGovernmentLevel(i.getGovernmentLevel());
        place.setTargetGroups(codes(i.termsOf(TermKind.TARGET_GROUP)));
        i.getLocation().ifPresent(l -> {
            place.setLatitude(l.getLatitude());
            place.setLongitude(l.getLongitude());
        });

        Process process = new Process();
        process.setStages(i.getStages().stream().map(Stage::code).toList());
        process.setParticipationLevels(i.getParticipationLevels().stream().map(ParticipationLevel::code).toList());
        process.setThemes(codes(i.termsOf(TermKind.THEME)));
        process.setTools(codes(i.termsOf(TermKind.TOOL)));
        process.setFormat(i.getFormat());
        process.setStartDate(i.getSchedule().getStartDate());
        process.setEndDate(i.getSchedule().getEndDate());
        process.setOngoing(i.getSchedule().isOngoing());

        Results results = new Results();
        results.setResults(text.getResults());
        results.setChallenges(text.getChallenges());
        results.setLessons(text.getLessons());
        results.setResources(text.getResources());
        Perspective own = i.getOwnerView();
        if (own != null) {
            results.setRole(own.getRole());
            results.setAssessment(own.getAssessment());
            results.setDifferently(own.getDifferently());
        }
        List<LinkRow> links = i.getLinks().stream().map(l -> new LinkRow(l.getUrl(),
                l.getLabel().equals(l.getUrl()) ? null : l.getLabel())).collect(java.util.stream.Collectors.toList());
        List<AttachmentView> attachments = em.createNamedQuery(Attachment.FIND_BY_INITIATIVE, Attachment.class)
                .setParameter("initiative", i).getResultStream().map(AttachmentView::of).toList();
        Instant now = clock.instant();
        List<InvitationView> invitations = em.createNamedQuery(PartnerInvitation.FIND_BY_INITIATIVE,
                        PartnerInvitation.class).setParameter("initiative", i).getResultStream()
                .map(p -> InvitationView.of(p, now)).toList();
        return new Draft(i.getId(), i.getVersion(), i.getStatus(), i.getWizardStep(),
                i.getOwner() == null ? null : OrganisationSummary.of(i.getOwner()), basics, place, process, results,
                links, attachments, i.getPartner() == null ? null : OrganisationSummary.of(i.getPartner()),
                i.getPartnerView() != null, invitations);
    }

    /** The initiative at the version the form read, if the actor may edit it. */
    private Initiative editable(Long actorId, long id, int version) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = lifecycle.load(id, version);
        initiative.checkEditableBy(actor);
        return initiative;
    }

    private Saved saved(Initiative initiative, int step, Long actorId) {
        initiative.recordStep(step, clock.instant());
        em.flush();
        contentChanges.announce(initiative, actorId);
        return new Saved(initiative.getId(), initiative.getVersion());
    }

    /** The terms of these codes; a retired one only when the initiative has it already. */
    private List<Term> terms(Initiative initiative, TermKind kind, Collection<String> codes) {
        List<Term> all = em.createNamedQuery(Term.FIND_BY_KIND, Term.class).setParameter("kind", kind).getResultList();
        List<Term> had = initiative.termsOf(kind);
        return codes.stream().distinct().map(code -> all.stream()
                        .filter(t -> t.getCode().equals(code) && (!t.isRetired() || had.contains(t))).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + code)))
                .toList();
    }

    private static List<String> codes(List<Term> terms) {
        return terms.stream().map(Term::getCode).toList();
    }

    private static InitiativeText text(Basics b, InitiativeText old) {
        return new InitiativeText(b.getTitle().strip(), b.getSummary().strip(), blankToNull(b.getDescription()),
                blankToNull(b.getObjectives()), old == null ? null : old.getResults(),
                old == null ? null : old.getChallenges(), old == null ? null : old.getLessons(),
                old == null ? null : old.getResources());
    }

    /** The level of government a new draft starts with, from the kind of its organisation. */
    static GovernmentLevel levelOf(OrganisationKind kind) {
        return switch (kind) {
            case REGIONAL_AUTHORITY -> GovernmentLevel.REGIONAL;
            case NATIONAL_BODY -> GovernmentLevel.NATIONAL;
            default -> GovernmentLevel.LOCAL;
        };
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
