package org.bepart.translation;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditFilter;
import org.bepart.audit.AuditRow;
import org.bepart.audit.AuditTrail;
import org.bepart.discussion.DiscussionTestData;
import org.bepart.history.Change;
import org.bepart.history.Segment;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.submission.Basics;
import org.bepart.submission.FormsAccess;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Translations of initiatives by people, on Payara Micro: a reader's request queued and told to the translators of
 * its language; a draft readers do not get, a published translation they get and search finds by its words; an edit
 * of the original marking the fields it changed out of date, with the word diff for translators; bad input refused
 * field by field; who may translate.
 */
@ExtendWith(ArquillianExtension.class)
public class TranslationServiceIT {

    @EJB
    private TranslationService translations;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private SubmissionTestData data;

    @EJB
    private DiscussionTestData told;

    @EJB
    private AuditTrail trail;

    @Test
    void aRequestIsQueuedTheTranslationPublishedFoundAndMarkedOutOfDateWhenTheOriginalChanges() throws Exception {
        long member = data.account();
        long organisation = data.organisation(member, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved s = submissions.create(member, organisation, FormsAccess.basics("Riverside park"));
        s = submissions.savePlace(member, s.id(), s.version(), FormsAccess.place());
        s = submissions.saveProcess(member, s.id(), s.version(), FormsAccess.process());
        s = submissions.saveResults(member, s.id(), s.version(), FormsAccess.results());
        lifecycle.submit(member, s.id(), s.version());
        long initiative = s.id();

        long translator = data.account(Role.TRANSLATOR);
        told.speaks(translator, Language.RU);
        translations.chooseLanguages(translator, EnumSet.of(Language.FR));
        long otherTranslator = data.account(Role.TRANSLATOR);
        translations.chooseLanguages(otherTranslator, EnumSet.of(Language.RU));

        // a reader asks for French: queued, the French translator told in Russian, once
        long reader = data.account();
        translations.request(reader, initiative, Language.FR);
        assertEquals("translation.error.requested", assertThrows(TranslationException.class,
                () -> translations.request(reader, initiative, Language.FR)).getMessageKey());
        assertEquals("translation.error.available", assertThrows(TranslationException.class,
                () -> translations.request(reader, initiative, Language.EN)).getMessageKey(), "the original");
        long another = data.account();
        translations.request(another, initiative, Language.FR);
        List<String> notifications = told.notifications(translator);
        assertEquals(1, notifications.size(), "told of the first request only: " + notifications);
        assertTrue(notifications.get(0).startsWith("TRANSLATION_REQUESTED ") && notifications.get(0)
                .endsWith("@/account/translation?initiative=" + initiative + "&language=fr"), notifications.get(0));
        List<String> mails = told.mails(data.email(translator));
        assertTrue(mails.get(mails.size() - 1).contains("Здравствуйте"), "in the translator's language: " + mails);
        assertTrue(told.notifications(otherTranslator).isEmpty(), "not the translators of other languages");
        QueueRow queued = translations.queue(translator, Set.of(), Language.EN).rows().stream()
                .filter(r -> r.initiativeId() == initiative).findFirst().orElseThrow();
        assertEquals(Language.FR, queued.language());
        assertEquals(2, queued.requests());
        assertEquals(TranslationState.NONE, queued.state());
        assertTrue(translations.queue(otherTranslator, Set.of(), Language.EN).rows().stream()
                .noneMatch(r -> r.initiativeId() == initiative), "only in the queue of its language");

        // a draft: readers still get the original
        TranslationSheet sheet = translations.sheet(translator, initiative, Language.FR);
        assertEquals("Riverside park", sheet.fields().get(0).original());
        Map<String, String> texts = new HashMap<>();
        texts.put("title", "Parc riverain");
        sheet = translations.save(translator, initiative, Language.FR, texts, sheet.version());
        assertEquals(TranslationState.DRAFT, sheet.state());
        assertTrue(sheet.sourceVersion() > 0, "made from a version of the original");
        assertTrue(catalogue.find(initiative, Language.FR).orElseThrow().card().fallback(), "not public yet");
        int draftVersion = sheet.version();
        assertEquals(draftVersion, translations.sheet(translator, initiative, Language.FR).version(),
                "the version a save returns is the one the next save checks");
        assertEquals("translation.error.required", assertThrows(TranslationException.class,
                () -> translations.publish(translator, initiative, Language.FR, texts, draftVersion)).getMessageKey());

        // published: readers of French get it, search finds it by a French word, the requests are answered
        texts.put("summary", "Les habitants ont dessiné le parc avec la municipalité grâce à des ateliers.");
        texts.put("description", "Des ateliers dans trois quartiers.");
        int version = translations.sheet(translator, initiative, Language.FR).version();
        assertThrows(Exception.class, () -> translations.publish(translator, initiative, Language.FR, texts,
                version + 5), "a stale version is refused");
        sheet = translations.publish(translator, initiative, Language.FR, texts, version);
        assertEquals(TranslationState.PUBLISHED, sheet.state());
        assertEquals("Tester", sheet.translatorName());
        InitiativeDetail french = catalogue.find(initiative, Language.FR).orElseThrow();
        assertEquals("Parc riverain", french.card().title());
        assertEquals("translation", french.languageStates().get(Language.FR));
        assertEquals("original", french.languageStates().get(Language.EN));
        assertTrue(translations.queue(translator, Set.of(), Language.EN).rows().stream()
                .noneMatch(r -> r.initiativeId() == initiative), "the requests are answered");
        assertTrue(found("ateliers quartiers", initiative), "search finds it by its French words");
        CataloguePage available = catalogue.search(new SearchRequest("Parc riverain", Map.of(Facet.AVAILABLE,
                Set.of(Facet.AVAILABLE_YES)), null, 1, 20), Language.FR);
        assertTrue(available.items().stream().anyMatch(c -> c.id() == initiative), "available in French");
        assertTrue(catalogue.search(new SearchRequest("Riverside", Map.of(Facet.AVAILABLE,
                        Set.of(Facet.AVAILABLE_YES)), null, 1, 20), Language.RU).items().stream()
                .noneMatch(c -> c.id() == initiative), "not available in Russian");

        // the contributor edits the original's summary: that field is out of date, with what changed word by word
        Basics basics = FormsAccess.basics("Riverside park");
        basics.setSummary("Residents and schools planned the new park together with the municipality.");
        submissions.saveBasics(member, initiative, data.version(initiative), basics);
        french = catalogue.find(initiative, Language.FR).orElseThrow();
        assertEquals(List.of("summary"), french.text().getOutdatedFields(), "readers are told which parts");
        assertEquals("outdated", french.languageStates().get(Language.FR));
        sheet = translations.sheet(translator, initiative, Language.FR);
        assertEquals(TranslationState.OUTDATED, sheet.state());
        SheetField summary = sheet.fields().get(1);
        assertTrue(summary.outdated());
        assertFalse(sheet.fields().get(0).outdated(), "the title did not change");
        assertTrue(summary.changes().contains(new Segment(Change.ADDED, "and schools ")), summary.changes()
                .toString());
        assertTrue(translations.queue(translator, Set.of(), Language.EN).rows().stream()
                .noneMatch(r -> r.initiativeId() == initiative), "no request: nobody asked again");
        translations.request(reader, initiative, Language.FR); // an out-of-date translation may be asked again

        // translated again: up to date
        texts.put("summary", "Les habitants et les écoles ont dessiné le parc avec la municipalité.");
        sheet = translations.publish(translator, initiative, Language.FR, texts, sheet.version());
        assertFalse(sheet.isOutdated());
        assertEquals(List.of(), catalogue.find(initiative, Language.FR).orElseThrow().text().getOutdatedFields());

        long admin = data.account(Role.ADMINISTRATOR);
        assertEquals(Set.of(AuditAction.TRANSLATION_LANGUAGES_CHANGED, AuditAction.TRANSLATION_SAVED,
                        AuditAction.TRANSLATION_PUBLISHED), Set.copyOf(trail.search(admin, AuditFilter.byActor(
                        translator), 1).rows().stream().map(AuditRow::action).toList()),
                "every step of the translator is in the audit trail");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndOnlyTranslatorsAndTheTeamTranslate() {
        long member = data.account();
        long organisation = data.organisation(member, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved s = submissions.create(member, organisation, FormsAccess.basics("Youth hearings"));
        s = submissions.savePlace(member, s.id(), s.version(), FormsAccess.place());
        s = submissions.saveProcess(member, s.id(), s.version(), FormsAccess.process());
        s = submissions.saveResults(member, s.id(), s.version(), FormsAccess.results());
        long draft = s.id();
        assertThrows(Exception.class, () -> translations.sheet(member, draft, Language.FR), "drafts are not public");
        lifecycle.submit(member, s.id(), s.version());
        long initiative = s.id();

        TranslationException tooLong = assertThrows(TranslationException.class, () -> translations.save(member,
                initiative, Language.HY, Map.of("title", "Ա".repeat(201)), 0));
        assertEquals("translation.error.length", tooLong.getMessageKey());
        assertEquals("title", tooLong.getField());
        TranslationException markup = assertThrows(TranslationException.class, () -> translations.save(member,
                initiative, Language.HY, Map.of("description", "<script>alert(1)</script>"), 0));
        assertEquals("translation.error.markup", markup.getMessageKey());
        assertEquals("description", markup.getField());
        TranslationException control = assertThrows(TranslationException.class, () -> translations.save(member,
                initiative, Language.HY, Map.of("summary", "Զանգ\u0007"), 0));
        assertEquals("translation.error.control", control.getMessageKey());
        assertEquals("translation.error.original", assertThrows(TranslationException.class,
                () -> translations.save(member, initiative, Language.EN, Map.of("title", "x"), 0)).getMessageKey());

        // the team's contributor translates; another contributor, a reviewer, an editor do not
        TranslationSheet sheet = translations.save(member, initiative, Language.HY,
                Map.of("title", "Երիտասարդական լսումներ"), 0);
        assertEquals(TranslationState.DRAFT, sheet.state());
        assertThrows(ConcurrentChangeException.class, () -> translations.save(member, initiative, Language.HY,
                Map.of("title", "Two people at once"), 0), "a second save from the same sheet");
        for (Role role : List.of(Role.CONTRIBUTOR, Role.REVIEWER, Role.EDITOR)) {
            long someone = data.account(role);
            assertThrows(AccessDeniedException.class, () -> translations.sheet(someone, initiative, Language.HY),
                    role.name());
            assertFalse(translations.mayTranslate(someone, initiative), role.name());
            assertThrows(AccessDeniedException.class, () -> translations.queue(someone, Set.of(), Language.EN),
                    role.name());
        }
        assertTrue(translations.mayTranslate(member, initiative));
        assertTrue(translations.mayTranslate(data.account(Role.TRANSLATOR), initiative));
    }

    /** Whether a French reader's search for {@code words} finds the initiative, within ten seconds. */
    private boolean found(String words, long initiative) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (catalogue.search(new SearchRequest(words, Map.of(), null, 1, 20), Language.FR).items().stream()
                    .anyMatch(c -> c.id() == initiative)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
