package org.bepart.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {

    @Test
    void tagsAreMatchedOnTheirPrimaryPart() {
        assertEquals(Language.FR, Language.fromTag("fr-CH").orElseThrow());
        assertEquals(Language.HY, Language.fromTag("HY").orElseThrow());
        assertEquals(Language.RU, Language.fromTag("ru_RU").orElseThrow());
        assertTrue(Language.fromTag("de").isEmpty());
        assertTrue(Language.fromTag("").isEmpty());
        assertEquals(Language.EN, Language.fromTag(" en ").orElseThrow());
        assertTrue(Language.fromTag("english").isEmpty(), "a longer primary part is another language");
        assertTrue(Language.fromTag("e").isEmpty());
        assertTrue(Language.fromTag("-en").isEmpty());
    }

    @Test
    void aLocalizedNameHasAllFourLanguages() {
        LocalizedName name = new LocalizedName("Երիտասարդություն", "Youth", "Jeunesse", "Молодёжь");
        assertEquals("Jeunesse", name.in(Language.FR));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedName("a", "b", "", "d"));
    }
}
