package org.bepart.news;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserTest {

    @Test
    void aShortTextStaysAsItIs() {
        assertEquals("Short text.", Teaser.cut("  Short \n text. ", 40));
    }

    @Test
    void aLongTextIsCutAfterTheLastWholeWord() {
        String text = "From 10 to 12 June the EU Sustainable Energy Week brings together";
        String cut = Teaser.cut(text, 30);
        assertEquals("From 10 to 12 June the EU…", cut);
        assertTrue(cut.length() <= 30);
    }

    @Test
    void theCutNeverEndsInPunctuationBeforeTheEllipsis() {
        assertEquals("One, two…", Teaser.cut("One, two, three four five", 12));
    }

    @Test
    void armenianIsCutAtAWordBoundaryToo() {
        String cut = Teaser.cut("Երիտասարդների համար նկարչական մրցույթ կանաչ անցման մասին", 25);
        assertEquals("Երիտասարդների համար…", cut);
    }

    @Test
    void aSingleLongWordIsCutHard() {
        assertEquals("abcdefghi…", Teaser.cut("abcdefghijklmnopqrstuvwxyz", 10));
    }

    @Test
    void theBodyIsReadWithoutItsMarkup() {
        assertEquals("Title Some bold & text <ok> ok@example.org",
                Teaser.plainText("<h2>Title</h2><p>Some <strong>bold</strong> &amp; text &lt;ok&gt; ok&#64;example.org</p>"));
    }

    @Test
    void withoutATeaserTheStartOfTheBodyIsUsed() {
        NewsText text = new NewsText("T", null, "<p>Alpha beta gamma delta epsilon</p>", null, null);
        assertEquals("Alpha beta…", text.teaser(14));
        assertEquals("Own teaser", new NewsText("T", "Own teaser", "<p>Body</p>", null, null).teaser(14));
    }
}
