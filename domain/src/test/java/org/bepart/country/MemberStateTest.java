package org.bepart.country;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberStateTest {

    @Test
    void theCouncilOfEuropeHas46MemberStates() {
        assertEquals(46, MemberState.values().length);
        assertTrue(MemberState.fromCode("RU").isEmpty(), "expelled in 2022");
        assertTrue(MemberState.fromCode("BY").isEmpty());
    }

    @Test
    void codesAreReadInAnyCaseAndAnythingElseIsEmpty() {
        assertEquals(MemberState.AM, MemberState.fromCode("am").orElseThrow());
        assertTrue(MemberState.fromCode("ARM").isEmpty());
        assertTrue(MemberState.fromCode(null).isEmpty());
        assertTrue(MemberState.fromCode("'x").isEmpty());
    }

    @Test
    void namesComeFromCldrInTheReadersLanguage() {
        assertEquals("Հայաստան", MemberState.AM.displayName(Locale.forLanguageTag("hy")));
        assertEquals("Arménie", MemberState.AM.displayName(Locale.FRENCH));
        assertEquals("Армения", MemberState.AM.displayName(Locale.forLanguageTag("ru")));
        assertEquals("Armenia", MemberState.AM.displayName(Locale.ENGLISH));
    }

    @Test
    void sortingFollowsTheLanguage() {
        assertEquals(MemberState.AL, MemberState.sortedBy(Locale.ENGLISH).get(0));
        var french = MemberState.sortedBy(Locale.FRENCH);
        assertTrue(french.indexOf(MemberState.DE) < french.indexOf(MemberState.AT), "Allemagne before Autriche");
        var english = MemberState.sortedBy(Locale.ENGLISH);
        assertTrue(english.indexOf(MemberState.AT) < english.indexOf(MemberState.DE), "Austria before Germany");
    }
}
