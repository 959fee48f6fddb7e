package org.bepart.organisation;

import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import org.bepart.country.MemberState;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.language.Language;
import org.bepart.search.SearchIndex;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public directory of organisations (issue 14, item 5): filters by member state, sector and words of the name
 * (wildcards taken literally, in any case and script), counts only public initiatives, and keeps pages in bounds.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationDirectoryIT {

    @EJB
    private OrganisationService organisations;

    @EJB
    private DirectoryTestData data;

    @EJB
    private SearchIndex index;

    /** A word no other test's organisation has, so that searching it isolates this test's organisations. */
    private static String token() {
        return "dirtest" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private OrganisationDirectory search(String text, MemberState country, Sector sector, DirectoryOrder order,
                                         int page, int size) {
        return organisations.directory(new DirectoryFilter(country, sector, text, order, page, size));
    }

    private static List<String> names(OrganisationDirectory directory) {
        return directory.entries().stream().map(DirectoryEntry::name).toList();
    }

    @Test
    void filtersSearchesLiterallyAndCountsOnlyPublicInitiatives() {
        String token = token();
        long civic = data.organisation(token + " Civic 100%", OrganisationKind.CIVIL_SOCIETY, MemberState.AM);
        data.organisation(token + " Civic 1000", OrganisationKind.CIVIL_SOCIETY, MemberState.AM);
        long town = data.organisation(token + " Town Hall", OrganisationKind.MUNICIPALITY, MemberState.FR);
        data.organisation(token + " Lab_one", OrganisationKind.RESEARCH, MemberState.AM);
        data.organisation(token + " LabXone", OrganisationKind.RESEARCH, MemberState.AM);
        data.organisation(token + " ԳՅՈՒՄՐՈՒ Համայնք", OrganisationKind.MUNICIPALITY, MemberState.AM);
        long[] shown = {
            data.initiative(civic, null, false, InitiativeStatus.SUBMITTED),
            data.initiative(civic, null, false, InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW,
                    InitiativeStatus.VALIDATED),
            data.initiative(town, civic, false, InitiativeStatus.SUBMITTED)};
        long[] hidden = {
            data.initiative(civic, null, false),
            data.initiative(civic, null, true, InitiativeStatus.SUBMITTED),
            data.initiative(civic, null, false, InitiativeStatus.SUBMITTED, InitiativeStatus.REJECTED)};
        try {
            OrganisationDirectory all = search(token.toUpperCase(), null, null, null, 1, 30);
            assertEquals(6, all.total());
            assertEquals(List.of(token + " Civic 100%", token + " Civic 1000", token + " Lab_one",
                    token + " LabXone", token + " Town Hall", token + " ԳՅՈՒՄՐՈՒ Համայնք"), names(all), "by name");
            Map<String, Long> counts = all.entries().stream()
                    .collect(Collectors.toMap(DirectoryEntry::name, DirectoryEntry::initiatives));
            assertEquals(3L, counts.get(token + " Civic 100%"), "as owner and as partner, public ones only");
            assertEquals(1L, counts.get(token + " Town Hall"));
            assertEquals(0L, counts.get(token + " Lab_one"));
            DirectoryEntry first = all.entries().get(0);
            assertEquals(civic, first.id());
            assertEquals(OrganisationKind.CIVIL_SOCIETY, first.kind());
            assertEquals(MemberState.AM, first.country());
            assertTrue(first.slug().startsWith("dirtest"), first.slug());

            List<String> busiest = names(search(token, null, null, DirectoryOrder.INITIATIVES, 1, 30));
            assertEquals(List.of(token + " Civic 100%", token + " Town Hall", token + " Civic 1000"),
                    busiest.subList(0, 3), "most public initiatives first, then by name");

            assertEquals(List.of(token + " Town Hall"), names(search(token, MemberState.FR, null, null, 1, 30)));
            assertEquals(List.of(token + " Lab_one", token + " LabXone"),
                    names(search(token, null, Sector.RESEARCH, null, 1, 30)));
            assertEquals(List.of(token + " Town Hall", token + " ԳՅՈՒՄՐՈՒ Համայնք"),
                    names(search(token, null, Sector.PUBLIC_AUTHORITY, null, 1, 30)));
            assertEquals(List.of(token + " Civic 100%"), names(search(token + " civic 100%", null, null, null, 1, 30)),
                    "% is no wildcard");
            assertEquals(List.of(token + " Lab_one"), names(search(token + " lab_", null, null, null, 1, 30)),
                    "_ is no wildcard");
            assertEquals(List.of(token + " ԳՅՈՒՄՐՈՒ Համայնք"),
                    names(search(token + " գյումրու համԱՅՆՔ", null, null, null, 1, 30)), "any script, any case");
            assertEquals(0, search(token, MemberState.GB, null, null, 1, 30).total());
        } finally {
            data.withdraw(shown);
            data.withdraw(hidden);
        }
    }

    @Test
    void pagesStayInBounds() {
        String token = token();
        for (int i = 1; i <= 5; i++) {
            data.organisation(token + " Page " + i, OrganisationKind.CIVIL_SOCIETY, MemberState.IE);
        }
        OrganisationDirectory last = search(token, null, null, null, 3, 2);
        assertEquals(5, last.total());
        assertEquals(3, last.pages());
        assertEquals(List.of(token + " Page 5"), names(last));
        assertEquals(5, last.firstItem());
        assertEquals(5, last.lastItem());
        OrganisationDirectory beyond = search(token, null, null, null, 999_999, 2);
        assertEquals(3, beyond.page(), "a page past the last shows the last");
        assertEquals(names(last), names(beyond));
        OrganisationDirectory none = search(token + " nothing", null, null, null, 7, 2);
        assertEquals(0, none.total());
        assertEquals(1, none.page());
        assertTrue(none.entries().isEmpty());

        assertRefused(() -> search(token, null, null, null, 0, 2));
        assertRefused(() -> search(token, null, null, null, 1, DirectoryFilter.SIZE_MAX + 1));
        assertRefused(() -> search("x".repeat(DirectoryFilter.TEXT_MAX + 1), null, null, null, 1, 2));
    }

    @Test
    void anOrganisationsProfileShowsItsInitiativesAPageAtATime() throws InterruptedException {
        long civic = data.organisation(token() + " Many", OrganisationKind.CIVIL_SOCIETY, MemberState.AM);
        int per = OrganisationProfile.CARDS_PER_PAGE;
        long[] ids = new long[per + 2];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = data.initiative(civic, null, false, InitiativeStatus.SUBMITTED);
            index.update(ids[i]); // the profile's cards come from the search index
        }
        try {
            OrganisationProfile second = organisations.profile(civic, Language.EN, 2).orElseThrow();
            for (int i = 0; i < 100 && second.initiatives().size() < 2; i++) {
                Thread.sleep(100);
                second = organisations.profile(civic, Language.EN, 2).orElseThrow();
            }
            OrganisationProfile first = organisations.profile(civic, Language.EN).orElseThrow();
            assertEquals(List.of(1, 2, ids.length), List.of(first.page(), first.pages(), first.total()));
            assertEquals(per, first.initiatives().size());
            assertEquals(2, second.initiatives().size());
            assertEquals(List.of(ids[1], ids[0]), second.initiatives().stream().map(c -> c.id()).toList(),
                    "newest first: the two oldest on the last page");
            assertTrue(first.hasNext() && !first.hasPrevious() && second.hasPrevious() && !second.hasNext());
            assertEquals(2, organisations.profile(civic, Language.EN, 99).orElseThrow().page(), "past the last");
            assertRefused(() -> organisations.profile(civic, Language.EN, 0));
        } finally {
            data.withdraw(ids);
            for (long id : ids) {
                index.update(id);
            }
        }
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return;
            }
        }
        throw new AssertionError("expected a constraint violation, got " + thrown, thrown);
    }
}
