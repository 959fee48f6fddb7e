package org.bepart.history;

import org.bepart.language.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDiffTest {

    private static Segment same(String text) {
        return new Segment(Change.SAME, text);
    }

    private static Segment added(String text) {
        return new Segment(Change.ADDED, text);
    }

    private static Segment removed(String text) {
        return new Segment(Change.REMOVED, text);
    }

    @Test
    void aChangedWordIsRemovedAndAdded() {
        assertEquals(List.of(same("Residents chose "), removed("three"), added("five"), same(" projects.")),
                TextDiff.words("Residents chose three projects.", "Residents chose five projects."));
    }

    @Test
    void aReplacedPhraseIsOneRemovalAndOneAddition() {
        assertEquals(List.of(same("The "), removed("quick brown"), added("slow red"), same(" fox")),
                TextDiff.words("The quick brown fox", "The slow red fox"));
    }

    @Test
    void wordsOfEveryScriptAreWholeTokens() {
        assertEquals(List.of("Երիտասարդների", " ", "խորհուրդը", "։"), TextDiff.tokens("Երիտասարդների խորհուրդը։"));
        assertEquals(List.of(same("Жители "), removed("обсудили"), added("утвердили"), same(" проект")),
                TextDiff.words("Жители обсудили проект", "Жители утвердили проект"));
    }

    @Test
    void anAddedSentenceAtTheEndAndTextFromNothing() {
        assertEquals(List.of(same("One."), added(" Two.")), TextDiff.words("One.", "One. Two."));
        assertEquals(List.of(added("New text")), TextDiff.words("", "New text"));
        assertEquals(List.of(removed("Old text")), TextDiff.words("Old text", null));
    }

    @Test
    void listsAreComparedItemByItem() {
        assertEquals(List.of(same("DRAFTING"), removed("DECISION"), same("MONITORING"), added("REFORMULATION")),
                TextDiff.lines("DRAFTING\nDECISION\nMONITORING", "DRAFTING\nMONITORING\nREFORMULATION"));
    }

    @Test
    void onlyChangedFieldsAreListedInTheOrderOfTheRecord() {
        Map<String, String> before = Map.of("title.en", "Budget", "summary.en", "Same", "stages", "DRAFTING",
                "region", "Syunik");
        Map<String, String> after = Map.of("title.en", "Participatory Budget", "summary.en", "Same",
                "stages", "DRAFTING\nDECISION", "title.fr", "Budget participatif");
        List<FieldDiff> fields = TextDiff.fields(before, after);
        assertEquals(List.of("title", "title", "region", "stages"), fields.stream().map(FieldDiff::name).toList());
        assertEquals(Language.EN, fields.get(0).language());
        assertEquals(List.of(added("Participatory "), same("Budget")), fields.get(0).segments());
        assertEquals(Language.FR, fields.get(1).language());
        assertEquals(List.of(removed("Syunik")), fields.get(2).segments());
        assertEquals(FieldKind.STAGE, fields.get(3).kind());
        assertTrue(fields.stream().noneMatch(f -> f.name().equals("summary")));
    }
}
