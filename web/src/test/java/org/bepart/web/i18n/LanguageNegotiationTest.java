package org.bepart.web.i18n;

import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageNegotiationTest {

    @Test
    void anExplicitChoiceWinsThenTheCookieThenTheBrowserThenTheDefault() {
        assertEquals(Language.RU, LanguageNegotiation.decide("ru", "fr", "en", Language.HY));
        assertEquals(Language.FR, LanguageNegotiation.decide(null, "fr", "en", Language.HY));
        assertEquals(Language.EN, LanguageNegotiation.decide(null, null, "en-GB,en;q=0.8", Language.HY));
        assertEquals(Language.HY, LanguageNegotiation.decide(null, null, null, Language.HY));
    }

    @Test
    void unknownValuesFallThrough() {
        assertEquals(Language.FR, LanguageNegotiation.decide("xx", "<script>", "fr-CH, fr;q=0.9", Language.HY));
        assertEquals(Language.HY, LanguageNegotiation.decide("", "", "de-DE,de;q=0.9", Language.HY));
    }

    @Test
    void theBrowsersOrderOfPreferenceIsHonoured() {
        assertEquals(Language.RU, LanguageNegotiation.decide(null, null, "de;q=1, ru;q=0.8, en;q=0.5", Language.HY));
        assertEquals(Language.EN, LanguageNegotiation.decide(null, null, "fr;q=0.1, en;q=0.9", Language.HY));
    }

    @Test
    void malformedOrHugeHeadersAreIgnored() {
        assertEquals(Language.HY, LanguageNegotiation.decide(null, null, ";;q=x,,=", Language.HY));
        assertEquals(Language.HY, LanguageNegotiation.decide(null, null, "fr;q=2", Language.HY));
        assertEquals(Language.HY, LanguageNegotiation.decide(null, null, "en,".repeat(1000), Language.HY));
    }
}
