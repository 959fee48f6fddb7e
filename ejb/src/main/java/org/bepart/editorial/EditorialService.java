package org.bepart.editorial;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditTrail;
import org.bepart.language.Language;
import org.bepart.platform.Access;
import org.bepart.platform.PublicPagesChanged;
import org.bepart.platform.PublicPart;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.shared.NotFoundException;
import org.bepart.translation.OriginalTextRequiredException;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * What the editor services of news items, events and contests share. Every method requires the editor or
 * administrator role of the caller ({@code actorId}, the signed-in account), refuses to change an item somebody else
 * changed since the editor loaded it, and records what it changed in the audit trail.
 *
 * @param <E> the item
 * @param <T> its text in one language
 * @param <F> the editor's form
 * @param <X> the form's fields of one language
 * @param <P> the item as readers see it, which a preview shows
 */
public abstract class EditorialService<E extends Editorial<T>, T, F extends EditorialForm<X>, X extends TextInput, P> {

    @PersistenceContext
    protected EntityManager em;

    @Inject
    protected Clock clock;

    @EJB
    protected AuditTrail trail;

    @Inject
    private Event<PublicPagesChanged> pagesChanged;

    private final Class<E> type;
    private final String noun;
    private final String subject;
    private final PublicPart part;

    /**
     * {@code noun} names the item in error details, {@code subject} is its audit subject type, {@code part} the public
     * content it belongs to.
     */
    protected EditorialService(Class<E> type, String noun, String subject, PublicPart part) {
        this.type = type;
        this.noun = noun;
        this.subject = subject;
        this.part = part;
    }

    /** Whether readers see the item at {@code now}. */
    protected abstract boolean isPublic(E item, Instant now);

    /** A new, unsaved item from the form. */
    protected abstract E build(F form, Account editor, Instant now);

    /** Copies the form into the item. */
    protected abstract void apply(F form, E item, Instant now);

    /** The checked text of one language; {@code original} tells which message a missing title gets. */
    protected abstract T text(X form, boolean original);

    /** The unsaved item {@code unsaved} as readers would see it in {@code language}. */
    protected abstract P shown(E unsaved, F form, Account editor, Language language, Instant now);

    /** The item as readers would see it in {@code language}, built from the form by a save's rules; saves nothing. */
    public P preview(Long actorId, F form, Language language) {
        Account editor = editor(actorId);
        Instant now = clock.instant();
        return shown(build(form, editor, now), form, editor, language, now);
    }

    /** Creates a draft from the form; returns its id. */
    public long create(Long actorId, F form) {
        Account editor = editor(actorId);
        E item = build(form, editor, clock.instant());
        em.persist(item);
        em.flush();
        audit(editor, AuditAction.CREATED, item, null);
        return item.getId();
    }

    /** Saves the form over the item it was loaded from; refuses when somebody changed it since. */
    public int save(Long actorId, F form) {
        Account editor = editor(actorId);
        E item = current(form.getId(), form.getVersion());
        boolean wasPublic = isPublic(item, clock.instant());
        apply(form, item, clock.instant());
        return done(editor, AuditAction.EDITED, item, savedDetail(item), wasPublic);
    }

    /** Publishes now; returns the item's new version. */
    public int publish(Long actorId, long id, int expectedVersion) {
        return change(actorId, id, expectedVersion, AuditAction.PUBLISHED, null, E::publish);
    }

    /** Takes the item down; returns its new version. */
    public int unpublish(Long actorId, long id, int expectedVersion) {
        return change(actorId, id, expectedVersion, AuditAction.UNPUBLISHED, null, E::unpublish);
    }

    /** What the audit entry of a save adds to the title; none by default. */
    protected String savedDetail(E item) {
        return null;
    }

    /** Changes the current item as {@code change} says, records {@code action}; returns the new version. */
    protected int change(Long actorId, long id, int expectedVersion, AuditAction action, String detail,
                         BiConsumer<E, Instant> change) {
        Account editor = editor(actorId);
        E item = current(id, expectedVersion);
        boolean wasPublic = isPublic(item, clock.instant());
        change.accept(item, clock.instant());
        return done(editor, action, item, detail, wasPublic);
    }

    protected Account editor(Long actorId) {
        return Access.actorWithRole(em, actorId, Role.EDITOR, Role.ADMINISTRATOR);
    }

    protected E item(long id) {
        E item = em.find(type, id);
        if (item == null) {
            throw new NotFoundException(noun + " " + id);
        }
        return item;
    }

    /** The item, provided it still has the version the editor started from. */
    protected E current(Long id, Integer expectedVersion) {
        if (id == null) {
            throw new NotFoundException(noun + " without id");
        }
        E item = item(id);
        if (expectedVersion == null || item.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException(noun + " " + id + " is at version " + item.getVersion()
                    + ", the editor started from " + expectedVersion);
        }
        return item;
    }

    /**
     * Flushes and audits the change; when readers saw the item before it ({@code wasPublic}) or see it now, the pages
     * that show its part are told ({@link PublicPagesChanged}).
     */
    protected int done(Account editor, AuditAction action, E item, String detail, boolean wasPublic) {
        em.flush();
        audit(editor, action, item, detail);
        if (wasPublic) {
            pagesChanged.fire(new PublicPagesChanged(part, item.getId()));
        } else {
            announce(item);
        }
        return item.getVersion();
    }

    /** Tells the pages that show the item that it changed, when readers see it. */
    protected void announce(E item) {
        if (isPublic(item, clock.instant())) {
            pagesChanged.fire(new PublicPagesChanged(part, item.getId()));
        }
    }

    /** Records {@code action} with the title in the original language and {@code detail} when given. */
    protected void audit(Account editor, AuditAction action, E item, String detail) {
        String title = item.translations().title(item.getOriginalLanguage());
        trail.record(editor, action, subject, item.getId(), detail == null ? title : title + " — " + detail);
    }

    /** The form's original language, which it must name. */
    protected static Language original(EditorialForm<?> form) {
        if (form.getOriginalLanguage() == null) {
            throw new OriginalTextRequiredException("no original language");
        }
        return form.getOriginalLanguage();
    }

    /** Writes the form's texts: the original's, the translations written, and removes those emptied. */
    protected void writeTexts(F form, E item, Instant now) {
        Language original = original(form);
        item.write(original, text(form.text(original), true), now);
        item.changeOriginalLanguage(original, now);
        for (Language language : Language.values()) {
            if (language == original) {
                continue;
            }
            X text = form.text(language);
            if (text == null || text.isEmpty()) {
                if (item.getTexts().containsKey(language)) {
                    item.removeTranslation(language, now);
                }
            } else {
                item.write(language, text(text, false), now);
            }
        }
    }
}
