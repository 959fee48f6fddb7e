package org.bepart.taxonomy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.bepart.account.Role;
import org.bepart.initiative.CataloguePage;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.language.Language;
import org.bepart.organisation.AdminFilter;
import org.bepart.organisation.AdminOrganisations;
import org.bepart.organisation.AdminRow;
import org.bepart.organisation.DirectoryFilter;
import org.bepart.organisation.OrganisationAdmin;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.OrganisationMergeException;
import org.bepart.organisation.OrganisationService;
import org.bepart.organisation.VerificationException;
import org.bepart.search.Facet;
import org.bepart.search.SearchRequest;
import org.bepart.shared.AccessDeniedException;
import org.bepart.shared.ConcurrentChangeException;
import org.bepart.submission.Draft;
import org.bepart.submission.SubmissionWizard;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, items 5 and 6: administrators manage the themes, tools and target groups (a merge moves every initiative
 * in one transaction and the facet counts follow; a retired term stays on its initiatives but is offered no more: the
 * submission form keeps it where an initiative has it and refuses it as a new choice; a new name shows everywhere)
 * and the organisations (duplicates merged with their members, initiatives and invitations; public authorities
 * verified). Nobody else may. Each test makes terms and organisations of its own.
 */
@ExtendWith(ArquillianExtension.class)
class TaxonomyOrganisationAdminIT {

    @EJB
    private TaxonomyAdmin taxonomyAdmin;
    @EJB
    private TaxonomyService taxonomy;
    @EJB
    private InitiativeCatalogue catalogue;
    @EJB
    private OrganisationAdmin organisationAdmin;
    @EJB
    private OrganisationService organisations;
    @EJB
    private SubmissionWizard wizard;
    @EJB
    private AdminTestData data;

    private static String token() {
        return "adm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static TermForm form(String code, String en) {
        return new TermForm(code, "Հայ " + en, en, "Fr " + en, "Ру " + en);
    }

    private long theme(long admin, String code) {
        return taxonomyAdmin.add(admin, TermKind.THEME, form(code, "Theme " + code));
    }

    private long facetCount(String code) {
        CataloguePage all = catalogue.search(new SearchRequest("", Map.of(), null, 1, 1), Language.EN);
        return all.count(Facet.THEME, code);
    }

    private TermView view(TermKind kind, String code, Language language) {
        return taxonomy.terms(kind, language).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void mergedThemeLeavesNoInitiativeOnTheOldTermAndFacetsCountAsTheDatabase() {
        long admin = data.account(Role.ADMINISTRATOR);
        String token = token();
        long owner = data.organisation(token + " association", OrganisationKind.CIVIL_SOCIETY);
        long merged = theme(admin, token + "-old");
        long kept = theme(admin, token + "-kept");
        long onlyOld = data.initiative(owner, null, List.of(merged));
        long onlyKept = data.initiative(owner, null, List.of(kept));
        long both = data.initiative(owner, null, List.of(merged, kept));
        try {
            assertEquals(2, facetCount(token + "-old"));
            assertEquals(2, facetCount(token + "-kept"));

            int moved = taxonomyAdmin.merge(admin, merged, data.termVersion(merged), kept);

            assertEquals(2, moved, "the initiatives that had the merged term");
            assertEquals(List.of(kept), data.termIdsOf(onlyOld));
            assertEquals(List.of(kept), data.termIdsOf(onlyKept));
            assertEquals(List.of(kept), data.termIdsOf(both), "an initiative that had both has the kept one once");
            assertEquals(0, data.publicCount(merged));
            assertEquals(3, data.publicCount(kept));
            assertEquals(data.publicCount(kept), facetCount(token + "-kept"), "the index followed");
            assertEquals(0, facetCount(token + "-old"));
            TermView old = view(TermKind.THEME, token + "-old", Language.EN);
            assertTrue(old.retired(), "the merged term is retired");
            TermRow row = taxonomyAdmin.terms(admin, TermKind.THEME).stream().filter(t -> t.id() == merged)
                    .findFirst().orElseThrow();
            assertEquals(token + "-kept", row.mergedInto());
            assertEquals(0, row.initiatives());
            assertEquals(1, data.auditEntries("TERMS_MERGED", merged));
            assertThrows(TermRuleException.class,
                    () -> taxonomyAdmin.restore(admin, merged, data.termVersion(merged)), "merged stays merged");
            long tool = taxonomyAdmin.add(admin, TermKind.TOOL, form(token + "-tool", "Tool " + token));
            assertThrows(TermRuleException.class,
                    () -> taxonomyAdmin.merge(admin, tool, data.termVersion(tool), kept), "across lists");
            assertThrows(TermRuleException.class,
                    () -> taxonomyAdmin.merge(admin, kept, data.termVersion(kept), kept), "into itself");
        } finally {
            data.withdraw(onlyOld, onlyKept, both);
        }
    }

    @Test
    void retiredTermIsNotOfferedButStaysOnOldInitiatives() {
        long admin = data.account(Role.ADMINISTRATOR);
        String token = token();
        long member = data.account();
        long owner = data.organisation(token + " association", OrganisationKind.CIVIL_SOCIETY, member);
        long retired = taxonomyAdmin.add(admin, TermKind.TARGET_GROUP, form(token + "-group", "Group " + token));
        long initiative = data.initiative(owner, null, List.of(retired));
        long another = data.initiative(owner, null, List.of());
        try {
            taxonomyAdmin.retire(admin, retired, data.termVersion(retired));

            assertFalse(offered(Map.of()).contains(token + "-group"), "not offered for new choices");
            assertTrue(offered(Map.of(TermKind.TARGET_GROUP, List.of(token + "-group"))).contains(token + "-group"),
                    "kept in a form that has it already");
            InitiativeDetail detail = catalogue.find(initiative, Language.EN).orElseThrow();
            assertEquals(List.of("Group " + token), detail.targetGroups().stream().map(TermView::name).toList(),
                    "still on the initiative");
            assertEquals(List.of(retired), data.termIdsOf(initiative));
            assertTrue(view(TermKind.TARGET_GROUP, token + "-group", Language.EN).retired());
            assertEquals(1, data.auditEntries("TERM_RETIRED", retired));

            Draft draft = wizard.draft(member, initiative);
            assertTrue(wizard.terms(Language.EN, draft).get(TermKind.TARGET_GROUP).stream()
                    .anyMatch(t -> t.code().equals(token + "-group")), "the form of an initiative that has it");
            wizard.savePlace(member, initiative, draft.version(), draft.place());
            assertEquals(List.of(retired), data.termIdsOf(initiative), "saving the form keeps it");
            Draft other = wizard.draft(member, another);
            assertTrue(wizard.terms(Language.EN, other).get(TermKind.TARGET_GROUP).stream()
                    .noneMatch(t -> t.code().equals(token + "-group")), "not in the form of another");
            other.place().setTargetGroups(List.of(token + "-group"));
            assertThrows(EJBException.class, () -> wizard.savePlace(member, another, other.version(), other.place()),
                    "a forged new choice is refused");
            assertEquals(List.of(), data.termIdsOf(another));

            taxonomyAdmin.restore(admin, retired, data.termVersion(retired));
            assertTrue(offered(Map.of()).contains(token + "-group"), "offered again");
        } finally {
            data.withdraw(initiative, another);
        }
    }

    private List<String> offered(Map<TermKind, List<String>> chosen) {
        return taxonomy.offered(Language.EN, chosen).get(TermKind.TARGET_GROUP).stream().map(TermView::code).toList();
    }

    @Test
    void renameShowsInTheLabelsAndAStaleVersionIsRefused() {
        long admin = data.account(Role.ADMINISTRATOR);
        String token = token();
        long owner = data.organisation(token + " association", OrganisationKind.CIVIL_SOCIETY);
        long theme = theme(admin, token);
        long initiative = data.initiative(owner, null, List.of(theme));
        try {
            int read = data.termVersion(theme);
            taxonomyAdmin.rename(admin, theme, read, new TermForm(null, "Նոր " + token, "New " + token,
                    "Nouveau thème " + token, "Новая " + token));

            assertEquals("Nouveau thème " + token, view(TermKind.THEME, token, Language.FR).name());
            assertEquals("Նոր " + token, view(TermKind.THEME, token, Language.HY).name());
            assertEquals(token, data.termCode(theme), "the code stays");
            CataloguePage page = catalogue.search(new SearchRequest("", Map.of(Facet.THEME, Set.of(token)), null, 1,
                    10), Language.FR);
            assertEquals(1, page.total());
            assertEquals(List.of("Nouveau thème " + token), page.items().get(0).themes().stream()
                    .map(TermView::name).toList(), "the card's label");
            assertEquals("Новая " + token, catalogue.find(initiative, Language.RU).orElseThrow().card().themes()
                    .get(0).name(), "the initiative page's label");
            assertThrows(ConcurrentChangeException.class, () -> taxonomyAdmin.rename(admin, theme, read,
                    form(null, "Lost")), "somebody renamed it meanwhile");
            assertEquals(1, data.auditEntries("TERM_RENAMED", theme));

            long next = theme(admin, token + "-next");
            List<Long> before = themeIds(admin);
            taxonomyAdmin.move(admin, next, data.termVersion(next), -1);
            List<Long> after = themeIds(admin);
            assertEquals(before.indexOf(next) - 1, after.indexOf(next), "one place up");
            assertEquals(before.indexOf(theme) + 1, after.indexOf(theme));
            assertThrows(TermRuleException.class, () -> taxonomyAdmin.add(admin, TermKind.THEME, form(token, "Twin")),
                    "a code once per list");
        } finally {
            data.withdraw(initiative);
        }
    }

    private List<Long> themeIds(long admin) {
        return taxonomyAdmin.terms(admin, TermKind.THEME).stream().map(TermRow::id).toList();
    }

    @Test
    void organisationMergeMovesMembersInitiativesAndInvitations() {
        long admin = data.account(Role.ADMINISTRATOR);
        String token = token();
        long onlyInMerged = data.account();
        long inBoth = data.account();
        long keptMember = data.account();
        long merged = data.organisation(token + " Civic", OrganisationKind.CIVIL_SOCIETY, onlyInMerged, inBoth);
        long kept = data.organisation(token + " Civic (duplicate)", OrganisationKind.CIVIL_SOCIETY, inBoth,
                keptMember);
        long town = data.organisation(token + " Town", OrganisationKind.MUNICIPALITY);
        long owned = data.initiative(merged, null, List.of());
        long partnered = data.initiative(town, merged, List.of());
        long invitation = data.invitation(merged, token + "@invited.test", onlyInMerged);
        try {
            assertThrows(OrganisationMergeException.class, () -> organisationAdmin.merge(admin, merged,
                    data.organisationVersion(merged), town), "not of the same sector");
            assertThrows(OrganisationMergeException.class, () -> organisationAdmin.merge(admin, merged,
                    data.organisationVersion(merged), merged));

            assertEquals(2, organisationAdmin.merge(admin, merged, data.organisationVersion(merged), kept));

            assertFalse(data.organisationExists(merged));
            assertEquals(Set.of(onlyInMerged, inBoth, keptMember), data.memberIds(kept));
            assertEquals(kept, data.ownerOf(owned));
            assertEquals(town, data.ownerOf(partnered));
            assertEquals(kept, data.partnerOf(partnered));
            assertEquals(kept, data.invitationOrganisation(invitation));
            assertEquals(1, data.auditEntries("ORGANISATIONS_MERGED", kept));
            assertEquals(2, organisations.profile(kept, Language.EN).orElseThrow().initiatives().size());
            AdminOrganisations found = organisationAdmin.list(admin, new AdminFilter(null, null, null, token, 1));
            assertEquals(List.of(token + " Civic (duplicate)", token + " Town"),
                    found.rows().stream().map(AdminRow::name).toList());
            AdminRow row = found.rows().get(0);
            assertEquals(3, row.members());
            assertEquals(2, row.initiatives());
        } finally {
            data.withdraw(owned, partnered);
        }
    }

    @Test
    void verifiedAuthorityHasTheBadge() {
        long admin = data.account(Role.ADMINISTRATOR);
        String token = token();
        long town = data.organisation(token + " Town Hall", OrganisationKind.MUNICIPALITY);
        long association = data.organisation(token + " Association", OrganisationKind.CIVIL_SOCIETY);

        int read = data.organisationVersion(town);
        organisationAdmin.verify(admin, town, read);

        assertTrue(organisations.profile(town, Language.EN).orElseThrow().verified(), "the badge on its page");
        assertTrue(organisations.directory(new DirectoryFilter(null, null, token + " town", null, 1, 30)).entries()
                .get(0).verified(), "and in the directory");
        assertEquals(List.of(town), organisationAdmin.list(admin, new AdminFilter(null, null, true, token, 1)).rows()
                .stream().map(AdminRow::id).toList());
        assertEquals(List.of(association), organisationAdmin.list(admin, new AdminFilter(null, null, false, token, 1))
                .rows().stream().map(AdminRow::id).toList());
        assertEquals(List.of(association), organisationAdmin.list(admin,
                new AdminFilter(OrganisationKind.CIVIL_SOCIETY, null, null, token, 1)).rows().stream()
                .map(AdminRow::id).toList());
        assertEquals(1, data.auditEntries("ORGANISATION_VERIFIED", town));
        assertThrows(ConcurrentChangeException.class, () -> organisationAdmin.unverify(admin, town, read));
        assertThrows(VerificationException.class, () -> organisationAdmin.verify(admin, association,
                data.organisationVersion(association)), "only public authorities");

        organisationAdmin.unverify(admin, town, data.organisationVersion(town));
        assertFalse(organisations.profile(town, Language.EN).orElseThrow().verified());
    }

    @Test
    void nobodyButAdministratorsManagesListsOrOrganisations() {
        String token = token();
        long admin = data.account(Role.ADMINISTRATOR);
        long theme = theme(admin, token);
        long other = theme(admin, token + "-other");
        long town = data.organisation(token + " Town", OrganisationKind.MUNICIPALITY);
        long twin = data.organisation(token + " Town twin", OrganisationKind.MUNICIPALITY);
        for (long actor : new long[] {data.account(), data.account(Role.REVIEWER), data.account(Role.EDITOR)}) {
            int version = data.termVersion(theme);
            int organisationVersion = data.organisationVersion(town);
            List<Executable> calls = List.of(
                    () -> taxonomyAdmin.terms(actor, TermKind.THEME),
                    () -> taxonomyAdmin.add(actor, TermKind.THEME, form(null, "Intruder " + token)),
                    () -> taxonomyAdmin.rename(actor, theme, version, form(null, "Intruder")),
                    () -> taxonomyAdmin.move(actor, theme, version, 1),
                    () -> taxonomyAdmin.retire(actor, theme, version),
                    () -> taxonomyAdmin.restore(actor, theme, version),
                    () -> taxonomyAdmin.merge(actor, theme, version, other),
                    () -> organisationAdmin.list(actor, new AdminFilter(null, null, null, null, 1)),
                    () -> organisationAdmin.verify(actor, town, organisationVersion),
                    () -> organisationAdmin.unverify(actor, town, organisationVersion),
                    () -> organisationAdmin.merge(actor, twin, data.organisationVersion(twin), town));
            for (Executable call : calls) {
                assertThrows(AccessDeniedException.class, call);
            }
        }
        assertEquals("Theme " + token, view(TermKind.THEME, token, Language.EN).name());
        assertFalse(view(TermKind.THEME, token, Language.EN).retired());
        assertTrue(data.organisationExists(twin));
        assertFalse(organisations.profile(town, Language.EN).orElseThrow().verified());
        assertTrue(taxonomy.terms(TermKind.THEME, Language.EN).stream().noneMatch(t -> t.name().startsWith("Intruder")));
    }
}
