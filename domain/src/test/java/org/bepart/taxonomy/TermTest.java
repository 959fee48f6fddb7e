package org.bepart.taxonomy;

import org.bepart.language.LocalizedName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a managed list's term: renamed, retired and restored, merged only into an offered term of its list. */
class TermTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static Term theme(String code) {
        return new Term(TermKind.THEME, code, new LocalizedName("Հ " + code, "E " + code, "F " + code, "R " + code), 1);
    }

    @Test
    void renamingKeepsTheCode() {
        Term term = theme("youth");
        term.rename(new LocalizedName("Երիտասարդներ", "Young people", "Jeunes", "Молодые люди"));
        assertEquals("Jeunes", term.nameIn(org.bepart.language.Language.FR));
        assertEquals("youth", term.getCode());
        assertThrows(NullPointerException.class, () -> term.rename(null));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedName("a", " ", "c", "d"), "four names");
    }

    @Test
    void aRetiredTermIsOfferedAgainOnceRestored() {
        Term term = theme("culture");
        assertFalse(term.isRetired());
        term.retire(NOW);
        term.retire(NOW.plusSeconds(60));
        assertEquals(NOW, term.getRetiredAt(), "retired once");
        term.restore();
        assertFalse(term.isRetired());
        assertNull(term.getRetiredAt());
    }

    @Test
    void aMergedTermIsRetiredAndStaysWithTheKeptOne() {
        Term merged = theme("ecology");
        Term kept = theme("environment");
        merged.mergeInto(kept, NOW);
        assertTrue(merged.isRetired());
        assertSame(kept, merged.getMergedInto());
        assertFalse(kept.isRetired());
        assertThrows(TermRuleException.class, merged::restore);
        assertThrows(TermRuleException.class, () -> merged.mergeInto(theme("other"), NOW), "merged once");
    }

    @Test
    void mergesStayWithinOneListIntoAnOfferedOtherTerm() {
        Term term = theme("health");
        assertEquals("taxonomyAdmin.error.mergeSelf",
                assertThrows(TermRuleException.class, () -> term.mergeInto(term, NOW)).getMessageKey());
        Term tool = new Term(TermKind.TOOL, "survey", new LocalizedName("a", "b", "c", "d"), 1);
        assertEquals("taxonomyAdmin.error.mergeKind",
                assertThrows(TermRuleException.class, () -> term.mergeInto(tool, NOW)).getMessageKey());
        Term retired = theme("old");
        retired.retire(NOW);
        assertEquals("taxonomyAdmin.error.mergeRetired",
                assertThrows(TermRuleException.class, () -> term.mergeInto(retired, NOW)).getMessageKey());
        assertFalse(term.isRetired(), "a refused merge changes nothing");
        assertFalse(TermKind.PRINCIPLE.isManaged());
        assertTrue(TermKind.TARGET_GROUP.isManaged());
    }
}
