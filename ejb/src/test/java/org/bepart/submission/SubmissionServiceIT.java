package org.bepart.submission;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.inject.Inject;
import org.bepart.account.Role;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationForm;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationProfile;
import org.bepart.organisation.OrganisationService;
import org.bepart.country.MemberState;
import org.bepart.platform.PublicContent;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submission form's saves, organisations and who may edit what, on Payara Micro with the Flyway schema. */
@ExtendWith(ArquillianExtension.class)
public class SubmissionServiceIT {

    @EJB
    private SubmissionService submissions;

    @EJB
    private OrganisationService organisations;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @Inject
    private PublicContent content;

    @EJB
    private SubmissionTestData data;

    @jakarta.inject.Inject
    private EventRecorder events;

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @Test
    void everyStepIsSavedAndTheDraftResumesWhereItWasLeft() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved saved = submissions.create(me, organisation, Forms.basics("Park by the people"));
        assertEquals(1, submissions.draft(me, saved.id()).wizardStep());

        Place place = Forms.place();
        place.setTargetGroups(List.of("residents", "youth"));
        saved = submissions.savePlace(me, saved.id(), saved.version(), place);
        Process process = Forms.process();
        process.setThemes(List.of("urban-development"));
        saved = submissions.saveProcess(me, saved.id(), saved.version(), process);
        saved = submissions.saveResults(me, saved.id(), saved.version(), Forms.results());
        saved = submissions.saveLinks(me, saved.id(), saved.version(),
                List.of(new LinkRow("https://example.org/park", "The park"), new LinkRow("", "ignored")));

        Draft five = submissions.draft(me, saved.id());
        assertEquals(5, five.wizardStep());
        assertEquals(saved.version(), five.version());
        assertEquals(InitiativeStatus.DRAFT, five.status());
        assertEquals("Park by the people", five.basics().getTitle());
        assertEquals(List.of("residents", "youth"), five.place().getTargetGroups());
        assertEquals(40.27, five.place().getLatitude());
        assertEquals(List.of("drafting", "decision"), five.process().getStages());
        assertEquals(List.of("urban-development"), five.process().getThemes());
        assertEquals(LocalDate.of(2024, 9, 30), five.process().getEndDate());
        assertEquals("We organised the workshops.", five.results().getRole());
        assertEquals(1, five.links().size());

        // step 2 again: the themes of step 3 stay
        place.setTargetGroups(List.of("children"));
        saved = submissions.savePlace(me, saved.id(), saved.version(), place);
        Draft draft = submissions.draft(me, saved.id());
        assertEquals(List.of("children"), draft.place().getTargetGroups());
        assertEquals(List.of("urban-development"), draft.process().getThemes());
        assertEquals(5, draft.wizardStep(), "going back does not lose the furthest step");

        assertTrue(submissions.mine(me, Language.EN).stream().anyMatch(i -> i.id() == draft.id() && i.editable()));
        assertEquals(InitiativeStatus.SUBMITTED, lifecycle.submit(me, draft.id(), draft.version()));
    }

    @Test
    void eachStepIsValidated() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.MUNICIPALITY);
        Basics blank = Forms.basics(" ");
        EJBException e = assertThrows(EJBException.class, () -> submissions.create(me, organisation, blank));
        assertTrue(rootOf(e) instanceof ConstraintViolationException, String.valueOf(rootOf(e)));

        SubmissionService.Saved saved = submissions.create(me, organisation, Forms.basics("Budget hearings"));
        Process none = Forms.process();
        none.setStages(List.of());
        assertTrue(rootOf(assertThrows(EJBException.class,
                () -> submissions.saveProcess(me, saved.id(), saved.version(), none))) instanceof ConstraintViolationException);

        Process backwards = Forms.process();
        backwards.setEndDate(LocalDate.of(2020, 1, 1));
        assertTrue(rootOf(assertThrows(EJBException.class,
                () -> submissions.saveProcess(me, saved.id(), saved.version(), backwards))) instanceof IllegalArgumentException);

        Results noView = Forms.results();
        noView.setAssessment("");
        assertTrue(rootOf(assertThrows(EJBException.class,
                () -> submissions.saveResults(me, saved.id(), saved.version(), noView))) instanceof ConstraintViolationException);

        Place halfPoint = Forms.place();
        halfPoint.setLongitude(null);
        assertTrue(rootOf(assertThrows(EJBException.class,
                () -> submissions.savePlace(me, saved.id(), saved.version(), halfPoint))) instanceof IllegalArgumentException);

        assertTrue(rootOf(assertThrows(EJBException.class, () -> submissions.saveLinks(me, saved.id(), saved.version(),
                List.of(new LinkRow("javascript:alert(1)", null))))) instanceof ConstraintViolationException);
        assertEquals(saved.version(), data.version(saved.id()), "nothing refused was saved");
    }

    @Test
    void onlyMembersOfTheOwnerEditAndAdministratorsEditAnything() {
        long me = data.account();
        long organisation = data.organisation(me, OrganisationKind.CIVIL_SOCIETY);
        SubmissionService.Saved saved = submissions.create(me, organisation, Forms.basics("Youth council"));
        long other = data.account();
        data.organisation(other, OrganisationKind.CIVIL_SOCIETY);
        assertThrows(AccessDeniedException.class, () -> submissions.draft(other, saved.id()));
        assertThrows(AccessDeniedException.class,
                () -> submissions.savePlace(other, saved.id(), saved.version(), Forms.place()));
        assertThrows(AccessDeniedException.class,
                () -> submissions.create(other, organisation, Forms.basics("Not mine")));

        long administrator = data.account(Role.ADMINISTRATOR);
        SubmissionService.Saved byAdministrator = submissions.savePlace(administrator, saved.id(), saved.version(),
                Forms.place());
        assertTrue(byAdministrator.version() > saved.version());

        long demo = data.initiativeWithoutOwner();
        assertThrows(AccessDeniedException.class, () -> submissions.draft(me, demo));
        Draft imported = submissions.draft(administrator, demo);
        long editsBefore = events.editsOf(demo);
        submissions.saveBasics(administrator, demo, imported.version(), imported.basics());
        assertEquals(editsBefore + 1, events.editsOf(demo), "editing a public initiative is announced");
    }

    @Test
    void aChangeBySomebodyElseMeanwhileIsRefused() {
        long me = data.account();
        long colleague = data.account();
        long organisation = data.organisation(me, OrganisationKind.NATIONAL_BODY);
        data.join(colleague, organisation);
        SubmissionService.Saved read = submissions.create(me, organisation, Forms.basics("National consultation"));
        submissions.savePlace(colleague, read.id(), read.version(), Forms.place());
        assertThrows(ConcurrentChangeException.class,
                () -> submissions.saveBasics(me, read.id(), read.version(), Forms.basics("Changed title")));
        assertEquals("National consultation", submissions.draft(me, read.id()).basics().getTitle());
    }

    @Test
    void organisationsHaveMembersAndAPublicProfile() {
        long me = data.account();
        OrganisationForm form = new OrganisationForm("Green Yerevan", OrganisationKind.CIVIL_SOCIETY,
                MemberState.AM, "https://green.example.org", "We plant trees.");
        long id = organisations.create(me, form);
        assertEquals(1, organisations.mine(me).size());
        long colleague = data.account();
        organisations.inviteMember(me, id, data.email(colleague).toUpperCase());
        organisations.acceptInvitation(colleague, organisations.myInvitations(colleague).get(0).id());
        assertEquals(2, organisations.forEdit(colleague, id).members().size());
        long stranger = data.account();
        assertThrows(AccessDeniedException.class,
                () -> organisations.inviteMember(stranger, id, data.email(stranger)));
        assertThrows(AccessDeniedException.class, () -> organisations.edit(stranger, id, 0, form));

        int version = organisations.forEdit(me, id).version();
        form.setDescription("We plant trees and count them.");
        organisations.edit(me, id, version, form);
        assertThrows(ConcurrentChangeException.class, () -> organisations.edit(colleague, id, version, form));
        organisations.leave(colleague, id);
        assertTrue(organisations.mine(colleague).isEmpty());

        SubmissionService.Saved saved = submissions.create(me, id, Forms.basics("Tree census"));
        OrganisationProfile profile = organisations.profile(id, Language.EN).orElseThrow();
        assertEquals("We plant trees and count them.", profile.description());
        assertTrue(profile.initiatives().isEmpty(), "drafts are not public");
        saved = submissions.savePlace(me, saved.id(), saved.version(), Forms.place());
        saved = submissions.saveProcess(me, saved.id(), saved.version(), Forms.process());
        saved = submissions.saveResults(me, saved.id(), saved.version(), Forms.results());
        lifecycle.submit(me, saved.id(), saved.version());
        assertEquals(1, organisations.profile(id, Language.EN).orElseThrow().initiatives().size());

        InitiativeDetail detail = catalogue.find(saved.id(), Language.EN).orElseThrow();
        assertEquals("Green Yerevan", detail.owner().name());
        long submitted = saved.id();

        // renamed: the name shows on its initiatives' pages, so cached copies of them go stale on every server
        long generation = content.generation();
        form.setName("Quoll Valley Planters");
        organisations.edit(me, id, organisations.forEdit(me, id).version(), form);
        assertTrue(content.generation() > generation, "cached pages of its initiatives are stale");
        assertEquals("Quoll Valley Planters", catalogue.find(submitted, Language.EN).orElseThrow().owner().name());
        assertEquals("We organised the workshops.", detail.owner().view().getRole());
        assertNull(detail.partner());
        assertFalse(organisations.profile(Long.MAX_VALUE, Language.EN).isPresent());
    }
}
