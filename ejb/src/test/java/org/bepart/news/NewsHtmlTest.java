package org.bepart.news;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy of news bodies: what an editor (or anybody posting to the form) may store. */
class NewsHtmlTest {

    @Test
    void scriptsAreRemovedWithTheirContent() {
        String safe = NewsHtml.sanitize("<p>Hello</p><script>alert('x')</script><SCRIPT src=//evil.example/x.js></SCRIPT>");
        assertEquals("<p>Hello</p>", safe);
    }

    @Test
    void eventHandlersAreRemoved() {
        String safe = NewsHtml.sanitize("<p onclick=\"steal()\">Text</p><img src=\"/news/images/7\" onerror=\"alert(1)\" alt=\"x\">");
        assertFalse(safe.toLowerCase().contains("onclick"), safe);
        assertFalse(safe.toLowerCase().contains("onerror"), safe);
        assertTrue(safe.contains("<img src=\"/news/images/7\" alt=\"x\" />"), safe);
    }

    @Test
    void javascriptAndDataLinksLoseTheirAddress() {
        String safe = NewsHtml.sanitize("<p><a href=\"javascript:alert(1)\">a</a> <a href=\" JaVaScRiPt:alert(1)\">b</a>"
                + " <a href=\"data:text/html;base64,PHNjcmlwdD4=\">c</a></p>");
        assertFalse(safe.toLowerCase().contains("javascript"), safe);
        assertFalse(safe.contains("data:"), safe);
        assertTrue(safe.contains("a") && safe.contains("b") && safe.contains("c"), "the link texts stay: " + safe);
    }

    @Test
    void stylesFramesFormsAndObjectsAreRemoved() {
        String safe = NewsHtml.sanitize("<style>body{display:none}</style><p style=\"color:red\" class=\"x\">Kept</p>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"/x\"><input name=\"a\"></form>"
                + "<object data=\"x.swf\"></object><svg onload=\"alert(1)\"></svg>");
        assertEquals("<p>Kept</p>", safe);
    }

    @Test
    void imagesOnlyFromOurOwnAddresses() {
        assertNull(NewsHtml.sanitize("<img src=\"https://evil.example/tracker.gif\">"));
        assertNull(NewsHtml.sanitize("<img src=\"//evil.example/x.png\">"));
        assertNull(NewsHtml.sanitize("<img src=\"/news/images/../../etc\">"), "no way out of the image paths");
        assertEquals("<img src=\"/media/12/thumbnail\" />", NewsHtml.sanitize("<img src=\"/media/12/thumbnail\">"));
    }

    @Test
    void allowedMarkupIsKept() {
        String html = "<h2>Heading</h2><h3>Sub</h3><p><strong>bold</strong> <em>italic</em> <u>under</u> <s>gone</s><br />"
                + "line</p><ul><li>one</li></ul><ol><li data-list=\"bullet\">two</li></ol>"
                + "<blockquote>quote</blockquote>";
        assertEquals(html, NewsHtml.sanitize(html));
    }

    @Test
    void linksGetNofollowAndNoopener() {
        String safe = NewsHtml.sanitize("<p><a href=\"https://www.coe.int/en/web/congress\">Congress</a> "
                + "<a href=\"mailto:news@bepart.example\">mail</a> <a href=\"/initiatives\">catalogue</a></p>");
        assertTrue(safe.contains("href=\"https://www.coe.int/en/web/congress\""), safe);
        assertTrue(safe.contains("href=\"mailto:news&#64;bepart.example\"") || safe.contains("href=\"mailto:news@bepart.example\""), safe);
        assertTrue(safe.contains("href=\"/initiatives\""), safe);
        assertEquals(3, java.util.regex.Pattern.compile("rel=\"(nofollow noopener|noopener nofollow)\"").matcher(safe)
                .results().count(), safe);
    }

    @Test
    void aFirstLevelHeadingBecomesASectionHeading() {
        assertEquals("<h2>Big</h2>", NewsHtml.sanitize("<h1>Big</h1>"));
    }

    @Test
    void nothingReadableIsNothing() {
        assertNull(NewsHtml.sanitize("<p><br></p>"));
        assertNull(NewsHtml.sanitize("  "));
        assertNull(NewsHtml.sanitize(null));
    }

    @Test
    void typedMarkupStaysText() {
        String safe = NewsHtml.sanitize("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
        assertFalse(safe.contains("<script"), safe);
        assertTrue(safe.contains("&lt;script&gt;"), safe);
    }
}
