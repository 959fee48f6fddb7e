package org.bepart.initiative;

import org.bepart.account.Account;
import org.bepart.country.MemberState;
import org.bepart.language.Language;
import org.bepart.language.LocalizedName;
import org.bepart.organisation.Organisation;
import org.bepart.organisation.OrganisationKind;
import org.bepart.organisation.VerificationException;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What administrators' merges do to an initiative: the kept term once, the kept organisation on the same side. */
class MergeTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private final Organisation ngo = new Organisation("Green Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM,
            NOW);
    private final Organisation city = new Organisation("Gyumri", OrganisationKind.MUNICIPALITY, MemberState.AM, NOW);
    private final Account anna = new Account("anna@example.am", "Anna", "hash", Language.HY, NOW);

    private static Term theme(String code) {
        return new Term(TermKind.THEME, code, new LocalizedName("a", code, "c", "d"), 1);
    }

    private Initiative initiativeOf(Organisation owner) {
        return new Initiative(Language.EN, new InitiativeText("Trees", "Planting"), owner, anna,
                GovernmentLevel.LOCAL, NOW);
    }

    @Test
    void anInitiativeWithBothTermsHasTheKeptOneOnce() {
        Term merged = theme("ecology");
        Term kept = theme("environment");
        Term other = theme("youth");
        Initiative both = initiativeOf(ngo);
        both.classify(List.of(), List.of(), List.of(merged, kept, other), NOW);
        both.replaceTerm(merged, kept);
        assertEquals(List.of(kept, other), both.termsOf(TermKind.THEME).stream()
                .sorted(java.util.Comparator.comparing(Term::getCode)).toList());

        Initiative without = initiativeOf(ngo);
        without.classify(List.of(), List.of(), List.of(other), NOW);
        without.replaceTerm(merged, kept);
        assertEquals(List.of(other), without.termsOf(TermKind.THEME), "nothing added where it was not");
    }

    @Test
    void theKeptOrganisationTakesTheMergedOnesSide() {
        Organisation duplicate = new Organisation("Green Gyumri NGO", OrganisationKind.CIVIL_SOCIETY, MemberState.AM,
                NOW);
        Initiative owned = initiativeOf(ngo);
        owned.replaceOrganisation(ngo, duplicate);
        assertSame(duplicate, owned.getOwner());

        Initiative partnered = initiativeOf(city);
        partnered.joinAsPartner(ngo, null, new Perspective("We took part.", "Well.", null), NOW);
        partnered.replaceOrganisation(ngo, duplicate);
        assertSame(city, partnered.getOwner());
        assertSame(duplicate, partnered.getPartner());
        assertThrows(IllegalArgumentException.class, () -> partnered.replaceOrganisation(duplicate, city),
                "duplicates are of one sector");
    }

    @Test
    void onlyPublicAuthoritiesAreVerifiedAndKeepTheBadgeWhileTheyAreOne() {
        city.verify(NOW);
        assertTrue(city.isVerified());
        assertEquals(NOW, city.getVerifiedAt());
        assertThrows(VerificationException.class, () -> ngo.verify(NOW));
        assertFalse(ngo.isVerified());
        city.describe("Gyumri", OrganisationKind.CIVIL_SOCIETY, MemberState.AM, null, null);
        assertFalse(city.isVerified(), "no longer a public authority");
    }
}
