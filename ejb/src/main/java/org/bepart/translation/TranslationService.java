package org.bepart.translation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.bepart.abuse.LimitedAction;
import org.bepart.abuse.RateLimiter;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditEntry;
import org.bepart.audit.AuditTrail;
import org.bepart.history.TextDiff;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.InitiativeVersion;
import org.bepart.language.Language;
import org.bepart.lifecycle.ContentChanges;
import org.bepart.lifecycle.InitiativeEdited;
import org.bepart.platform.Access;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translations of public initiatives by people. Translators, administrators and the contributors of the initiative
 * (members of its owner or partner organisation) write a language other than the original field by field beside the
 * original, save it as a draft and publish it: its texts become what readers of that language get (the search index,
 * the pages, the API and exports follow through {@link ContentChanges}), and the open requests for that language are
 * answered. Each save records who made it and from which version of the original. When the original changes
 * ({@link InitiativeEdited}), the fields of published translations whose original differs from what they were made
 * from are marked out of date, for readers and, with a word diff, for translators. Signed-in readers ask for a
 * language ({@link LimitedAction#TRANSLATION_REQUEST}); the first open request of an initiative and language tells
 * that language's translators ({@link TranslationRequested}).
 */
@Stateless
public class TranslationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ContentChanges contentChanges;

    @Inject
    private Event<TranslationRequested> requested;

    @EJB
    private RateLimiter limiter;

    @EJB
    private AuditTrail trail;

    /**
     * A signed-in reader asks to read a public initiative in {@code language}: refused when readers already get that
     * language up to date, or when the reader's request is still open.
     */
    public void request(@NotNull Long actorId, long initiativeId, @NotNull Language language) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = publicInitiative(initiativeId);
        InitiativeText text = initiative.textFor(language).text();
        if (language == initiative.getOriginalLanguage()
                || !initiative.textFor(language).isFallback() && text.getOutdatedFields().isEmpty()) {
            throw new TranslationException("translation.error.available", null, initiativeId + " in " + language);
        }
        if (em.createNamedQuery(TranslationRequest.COUNT_OPEN_BY_REQUESTER, Long.class)
                .setParameter("initiative", initiativeId).setParameter("language", language)
                .setParameter("requester", actor.getId()).getSingleResult() > 0) {
            throw new TranslationException("translation.error.requested", null, initiativeId + " by " + actorId);
        }
        limiter.acquire(LimitedAction.TRANSLATION_REQUEST, null, "account-" + actor.getId());
        boolean first = openRequests(initiativeId, language) == 0;
        em.persist(new TranslationRequest(initiativeId, language, actor.getId(), clock.instant()));
        if (first) {
            requested.fire(new TranslationRequested(initiativeId, language, actor.getId()));
        }
    }

    /**
     * The queue of open requests, oldest first, in {@code languages} (empty: the translator's own languages, or all
     * for somebody without any), with counts per language; translators and administrators.
     */
    public TranslationQueue queue(@NotNull Long actorId, @NotNull Set<Language> languages, @NotNull Language reader) {
        Account actor = Access.actorWithRole(em, actorId, Role.TRANSLATOR, Role.ADMINISTRATOR);
        Set<Language> mine = actor.getTranslationLanguages().isEmpty() ? EnumSet.noneOf(Language.class)
                : EnumSet.copyOf(actor.getTranslationLanguages());
        Set<Language> shown = !languages.isEmpty() ? EnumSet.copyOf(languages)
                : !mine.isEmpty() ? mine : EnumSet.allOf(Language.class);
        Map<String, List<TranslationRequest>> open = new LinkedHashMap<>();
        for (TranslationRequest request : em.createNamedQuery(TranslationRequest.QUEUE, TranslationRequest.class)
                .setParameter("languages", EnumSet.allOf(Language.class)).getResultList()) {
            open.computeIfAbsent(request.getInitiativeId() + " " + request.getLanguage(), k -> new ArrayList<>())
                    .add(request);
        }
        Map<Language, Long> counts = new EnumMap<>(Language.class);
        List<QueueRow> rows = new ArrayList<>();
        for (List<TranslationRequest> requests : open.values()) {
            TranslationRequest oldest = requests.get(0);
            Language language = oldest.getLanguage();
            Initiative initiative = em.find(Initiative.class, oldest.getInitiativeId());
            if (initiative == null || !initiative.isPublic()) {
                continue;
            }
            counts.merge(language, 1L, Long::sum);
            if (!shown.contains(language)) {
                continue;
            }
            rows.add(new QueueRow(initiative.getId(), initiative.textFor(reader).text().getTitle(),
                    initiative.getOriginalLanguage(), language, requests.size(), oldest.getCreatedAt(),
                    state(initiative, find(initiative.getId(), language))));
        }
        return new TranslationQueue(rows, counts, shown, mine);
    }

    /** The languages the signed-in translator translates into. */
    public Set<Language> languages(@NotNull Long actorId) {
        Account actor = Access.actorWithRole(em, actorId, Role.TRANSLATOR, Role.ADMINISTRATOR);
        return actor.getTranslationLanguages().isEmpty() ? EnumSet.noneOf(Language.class)
                : EnumSet.copyOf(actor.getTranslationLanguages());
    }

    /** A translator chooses the languages it translates into (and is told of requests in). */
    public void chooseLanguages(@NotNull Long actorId, @NotNull Set<Language> languages) {
        Account actor = Access.actorWithRole(em, actorId, Role.TRANSLATOR, Role.ADMINISTRATOR);
        Set<Language> before = languages(actorId);
        Set<Language> wanted = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
        actor.translateInto(wanted);
        if (!before.equals(wanted)) {
            trail.record(actor, AuditAction.TRANSLATION_LANGUAGES_CHANGED, AuditEntry.ACCOUNT, actor.getId(),
                    before + " → " + wanted);
        }
    }

    /** Whether the signed-in person may translate this public initiative (any language but the original). */
    public boolean mayTranslate(Long actorId, long initiativeId) {
        if (actorId == null) {
            return false;
        }
        Account actor = em.find(Account.class, actorId);
        Initiative initiative = em.find(Initiative.class, initiativeId);
        return actor != null && actor.isActive() && initiative != null && initiative.isPublic()
                && mayTranslate(actor, initiative);
    }

    /** The translation of a public initiative into {@code language} beside the original, to be edited. */
    public TranslationSheet sheet(@NotNull Long actorId, long initiativeId, @NotNull Language language) {
        Initiative initiative = translatable(Access.actor(em, actorId), initiativeId, language);
        return sheet(initiative, find(initiativeId, language), language);
    }

    /**
     * Saves a draft of the translation ({@code texts}: field names of {@link InitiativeText#FIELDS} to the texts
     * typed) made from the original as it is now; {@code expectedVersion} is the sheet's. Readers still get what was
     * published before, if anything. Returns the sheet as saved.
     */
    public TranslationSheet save(@NotNull Long actorId, long initiativeId, @NotNull Language language,
                                 @NotNull Map<String, String> texts, int expectedVersion) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = translatable(actor, initiativeId, language);
        InitiativeTranslation translation = write(actor, initiative, language, texts, expectedVersion);
        trail.record(actor, AuditAction.TRANSLATION_SAVED, AuditEntry.TRANSLATION, translation.getId(),
                initiativeId + " " + language.tag() + " from version " + translation.getSourceVersion());
        return sheet(initiative, translation, language);
    }

    /**
     * Saves the translation as {@link #save} does and publishes it: readers of {@code language} get it, the search
     * index finds it by its words, and the open requests for it are answered. Title and summary are required.
     */
    public TranslationSheet publish(@NotNull Long actorId, long initiativeId, @NotNull Language language,
                                    @NotNull Map<String, String> texts, int expectedVersion) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = translatable(actor, initiativeId, language);
        InitiativeTranslation translation = write(actor, initiative, language, texts, expectedVersion);
        Instant now = clock.instant();
        initiative.putText(language, translation.publish(now), now);
        em.createNamedQuery(TranslationRequest.ANSWER).setParameter("now", now)
                .setParameter("initiative", initiativeId).setParameter("language", language).executeUpdate();
        trail.record(actor, AuditAction.TRANSLATION_PUBLISHED, AuditEntry.TRANSLATION, translation.getId(),
                initiativeId + " " + language.tag() + " from version " + translation.getSourceVersion());
        em.flush();
        contentChanges.announce(initiative, actorId);
        return sheet(initiative, translation, language);
    }

    /**
     * The content of a public initiative changed: the published translations' fields whose original differs from
     * what they were made from are marked out of date, on the translation and on the text readers get.
     */
    public void originalEdited(@Observes InitiativeEdited edited) {
        Initiative initiative = em.find(Initiative.class, edited.initiativeId());
        if (initiative == null) {
            return;
        }
        for (InitiativeTranslation translation : em.createNamedQuery(InitiativeTranslation.FIND_BY_INITIATIVE,
                InitiativeTranslation.class).setParameter("initiative", initiative.getId()).getResultList()) {
            List<String> outdated = translation.compareWith(initiative.originalText());
            if (translation.isPublished() && translation.getLanguage() != initiative.getOriginalLanguage()) {
                initiative.markOutdated(translation.getLanguage(), outdated);
            }
        }
    }

    /** Where each language of an initiative stands for its readers: the original, published, out of date. */
    public static TranslationState state(Initiative initiative, InitiativeTranslation translation) {
        if (translation == null) {
            return TranslationState.NONE;
        }
        if (!translation.isPublished()) {
            return TranslationState.DRAFT;
        }
        return translation.getOutdatedFields().isEmpty() ? TranslationState.PUBLISHED : TranslationState.OUTDATED;
    }

    private InitiativeTranslation write(Account actor, Initiative initiative, Language language,
                                        Map<String, String> texts, int expectedVersion) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        for (String field : InitiativeText.FIELDS) {
            cleaned.put(field, InitiativeTranslation.clean(field, texts.get(field)));
        }
        Instant now = clock.instant();
        InitiativeTranslation translation = find(initiative.getId(), language);
        if (translation == null) {
            if (expectedVersion != 0) {
                throw new ConcurrentChangeException("translation of " + initiative.getId() + " removed meanwhile");
            }
            translation = new InitiativeTranslation(initiative.getId(), language, now);
            em.persist(translation);
        } else {
            if (translation.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("translation " + translation.getId() + " at version "
                        + translation.getVersion() + ", not " + expectedVersion);
            }
        }
        translation.save(cleaned, initiative.originalText(), lastVersion(initiative.getId()), actor.getId(),
                actor.getDisplayName(), now);
        em.flush();
        return translation;
    }

    private TranslationSheet sheet(Initiative initiative, InitiativeTranslation translation, Language language) {
        InitiativeText original = initiative.originalText();
        List<String> outdated = translation == null ? List.of() : translation.getOutdatedFields();
        List<SheetField> fields = new ArrayList<>();
        for (String field : InitiativeText.FIELDS) {
            boolean changed = outdated.contains(field);
            fields.add(new SheetField(field, original.field(field), translation == null ? null
                    : translation.text(field), changed,
                    changed ? TextDiff.words(translation.basis(field), original.field(field)) : List.of()));
        }
        return new TranslationSheet(initiative.getId(), original.getTitle(), initiative.getOriginalLanguage(),
                language, state(initiative, translation), fields,
                translation == null ? null : translation.getTranslatorName(),
                translation == null ? 0 : translation.getSourceVersion(),
                translation == null ? 0 : translation.getVersion(),
                translation == null ? null : translation.getUpdatedAt());
    }

    private Initiative translatable(Account actor, long initiativeId, Language language) {
        Initiative initiative = publicInitiative(initiativeId);
        if (!mayTranslate(actor, initiative)) {
            throw new AccessDeniedException("account " + actor.getId() + " may not translate " + initiativeId);
        }
        if (language == initiative.getOriginalLanguage()) {
            throw new TranslationException("translation.error.original", null, "the original's language");
        }
        return initiative;
    }

    /** Translators and administrators, and the contributors of its owner or partner organisation. */
    private static boolean mayTranslate(Account actor, Initiative initiative) {
        return actor.hasRole(Role.TRANSLATOR) || actor.hasRole(Role.ADMINISTRATOR)
                || actor.hasRole(Role.CONTRIBUTOR) && (initiative.isOwnedBy(actor) || initiative.isPartneredBy(actor));
    }

    private Initiative publicInitiative(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null || !initiative.isPublic()) {
            throw new NotFoundException("no public initiative " + initiativeId);
        }
        return initiative;
    }

    private InitiativeTranslation find(long initiativeId, Language language) {
        return em.createNamedQuery(InitiativeTranslation.FIND, InitiativeTranslation.class)
                .setParameter("initiative", initiativeId).setParameter("language", language).getResultStream()
                .findFirst().orElse(null);
    }

    private long openRequests(long initiativeId, Language language) {
        return em.createQuery("SELECT COUNT(r) FROM TranslationRequest r WHERE r.initiativeId = :initiative "
                        + "AND r.language = :language AND r.answeredAt IS NULL", Long.class)
                .setParameter("initiative", initiativeId).setParameter("language", language).getSingleResult();
    }

    private int lastVersion(long initiativeId) {
        Integer last = em.createNamedQuery(InitiativeVersion.LAST_NUMBER, Integer.class)
                .setParameter("initiativeId", initiativeId).getSingleResult();
        return last == null ? 0 : last;
    }
}
