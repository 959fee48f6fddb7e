package org.bepart.web.demo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The text of a caught mail becomes safe HTML whose http(s) addresses are links. */
class MailTextTest {

    @Test
    void markupInTheMailIsShownNotRun() {
        assertEquals("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;bye&quot;",
                MailText.html("Hello <script>alert('x')</script> & \"bye\""));
    }

    @Test
    void anAddressWithAnAmpersandIsOneLinkThatLeadsToTheSameAddress() {
        assertEquals("Open: <a href=\"http://localhost:8080/verify?token=a_B-1&amp;lang=hy\">"
                        + "http://localhost:8080/verify?token=a_B-1&amp;lang=hy</a>\n\nBePART",
                MailText.html("Open: http://localhost:8080/verify?token=a_B-1&lang=hy\n\nBePART"));
    }

    @Test
    void onlyHttpAndHttpsAreLinked() {
        String html = MailText.html("javascript:alert(1) data:text/html,<b>x</b> ftp://example.org mailto:a@b.c");
        assertFalse(html.contains("<a"), html);
        assertEquals("javascript:alert(1)", MailText.html("javascript:alert(1)"));
        // an http address inside another scheme is linked as http, never with the scheme before it
        assertEquals("javascript:<a href=\"https://x.org/\">https://x.org/</a>",
                MailText.html("javascript:https://x.org/"));
        assertEquals("<a href=\"HTTPS://EXAMPLE.ORG/A\">HTTPS://EXAMPLE.ORG/A</a>",
                MailText.html("HTTPS://EXAMPLE.ORG/A"), "the scheme in capitals is still http(s)");
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        assertEquals("<a href=\"https://x.org/a\">https://x.org/a</a>&quot; onmouseover=&quot;alert(1)",
                MailText.html("https://x.org/a\" onmouseover=\"alert(1)"));
        assertEquals("<a href=\"https://x.org/&#39;onclick=&#39;alert(1)\">https://x.org/&#39;onclick=&#39;alert(1)</a>",
                MailText.html("https://x.org/'onclick='alert(1)"));
        assertEquals("&lt;<a href=\"https://x.org/unsubscribe\">https://x.org/unsubscribe</a>&gt;",
                MailText.html("<https://x.org/unsubscribe>"));
    }

    @Test
    void punctuationAfterAnAddressStaysText() {
        assertEquals("See <a href=\"https://bepart.example.org/news/1\">https://bepart.example.org/news/1</a>.",
                MailText.html("See https://bepart.example.org/news/1."));
        assertEquals("(<a href=\"https://x.org/a_(b)\">https://x.org/a_(b)</a>), ok",
                MailText.html("(https://x.org/a_(b)), ok"));
        assertEquals("Բացեք՝ <a href=\"http://localhost:8080/password/reset?token=x\">"
                        + "http://localhost:8080/password/reset?token=x</a>։",
                MailText.html("Բացեք՝ http://localhost:8080/password/reset?token=x։"));
        assertEquals("« <a href=\"https://x.org/\">https://x.org/</a> »", MailText.html("« https://x.org/ »"));
        assertEquals("http:// and https://.", MailText.html("http:// and https://."), "no address, no link");
    }

    @Test
    void linesAndOtherScriptsAreKept() {
        assertEquals("Здравствуйте,\n\n<a href=\"https://x.org/ru\">https://x.org/ru</a>\nBePART",
                MailText.html("Здравствуйте,\n\nhttps://x.org/ru\nBePART"));
        assertEquals("", MailText.html(""));
        assertEquals("", MailText.html(null));
    }
}
