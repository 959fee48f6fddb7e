package org.bepart.demo;

import org.bepart.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo mailbox reads the raw sources its mail catcher gives (no server needed here). */
class DemoMailboxTest {

    private static final String ARMENIAN = "Բարև ձեզ,\n\nհաստատեք ձեր հասցեն՝ http://localhost:8080/verify?token=a_B-1&x=2\n\nBePART";

    private static String base64(String text, Charset charset) {
        return Base64.getMimeEncoder().encodeToString(text.getBytes(charset));
    }

    /** Quoted-printable the simple way: every byte that is not plain ASCII as =XX, line ends as CRLF. */
    private static String quotedPrintable(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '\r' || c == '\n' || c >= 32 && c < 127 && c != '=') {
                out.append((char) c);
            } else {
                out.append(String.format("=%02X", c));
            }
        }
        return out.toString();
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    @Test
    void anArmenianMailInBase64IsDecodedWithItsSubjectAndTheTimeItWasSent() throws Exception {
        String source = "Return-Path: <noreply@bepart.localhost>\r\n"
                + "Received: from 127.0.0.1 (HELO [127.0.0.1]); Fri Dec 04 16:06:26 UTC 2026\r\n"
                + "From: BePART <noreply@bepart.localhost>\r\n"
                + "To: anna@example.org\r\n"
                + "Subject: " + encodedWord("BePART. հաստատեք ձեր էլ. փոստի հասցեն") + "\r\n"
                + "Date: Fri, 4 Dec 2026 16:05:00 +0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + base64(ARMENIAN, StandardCharsets.UTF_8) + "\r\n";

        CaughtMail mail = DemoMailbox.parse("anna@example.org", source);

        assertEquals("anna@example.org", mail.to());
        assertEquals("BePART. հաստատեք ձեր էլ. փոստի հասցեն", mail.subject());
        assertEquals(Instant.parse("2026-12-04T16:05:00Z"), mail.received(), "the Date header");
        assertEquals(ARMENIAN, mail.text());
    }

    @Test
    void aMultipartMailGivesItsFirstTextPartThatIsNoAttachmentQuotedPrintable() throws Exception {
        String source = "To: =?UTF-8?B?" + Base64.getEncoder().encodeToString("Աննա".getBytes(StandardCharsets.UTF_8))
                + "?= <anna@example.org>\r\n"
                + "Subject: Partner\r\n"
                + "Date: Thu, 3 Dec 2026 10:00:00 +0400\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + "--outer\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Disposition: attachment; filename=\"notes.txt\"\r\n\r\n"
                + "not the body\r\n"
                + "--outer\r\n"
                + "Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
                + "--inner\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>html</p>\r\n"
                + "--inner\r\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + quotedPrintable(ARMENIAN) + "\r\n"
                + "--inner--\r\n"
                + "--outer--\r\n";

        CaughtMail mail = DemoMailbox.parse("", source);

        assertEquals("Աննա <anna@example.org>", mail.to(), "the To header when the mailbox is not known");
        assertEquals(Instant.parse("2026-12-03T06:00:00Z"), mail.received());
        assertEquals(ARMENIAN, mail.text());
    }

    @Test
    void russianInKoi8AndFrenchInLatin1AreDecodedFromTheirCharsets() throws Exception {
        String russian = "Здравствуйте! Ссылка: https://bepart.example.org/a?b=1&c=2.";
        CaughtMail ru = DemoMailbox.parse("ivan@example.org", "Subject: =?KOI8-R?B?"
                + Base64.getEncoder().encodeToString("Подтвердите адрес".getBytes(Charset.forName("KOI8-R")))
                + "?=\r\nContent-Type: text/plain; charset=\"koi8-r\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64(russian, Charset.forName("KOI8-R")) + "\r\n");
        assertEquals("Подтвердите адрес", ru.subject());
        assertEquals(russian, ru.text());
        assertNull(ru.received(), "no date at all");
        assertEquals(Instant.parse("2026-12-04T16:06:26Z"), DemoMailbox.parse("ivan@example.org",
                "Received: from 127.0.0.1 (HELO [127.0.0.1]); Fri Dec 04 16:06:26 UTC 2026\r\n"
                        + "Received: from elsewhere; Thu, 3 Dec 2026 10:00:00 +0000\r\n\r\nhi\r\n").received(),
                "without a Date header, when GreenMail received it (its Received header, as Java writes dates)");
        assertEquals(Instant.parse("2026-12-04T16:06:26Z"), DemoMailbox.parse("ivan@example.org",
                "Received: from a.example.org by b.example.org;\r\n Fri, 4 Dec 2026 17:06:26 +0100\r\n\r\nhi\r\n")
                .received(), "or as mail servers write them");

        CaughtMail fr = DemoMailbox.parse("marie@example.org", "Subject: =?ISO-8859-1?Q?R=E9sum=E9?=\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Voici le r=E9sum=E9 de l=E9t=E9=\r\n, =E0 bient=F4t.\r\n");
        assertEquals("Résumé", fr.subject());
        assertEquals("Voici le résumé de lété, à bientôt.", fr.text(), "a soft line break joins the lines");
    }

    @Test
    void eightBitMailsComeBackByteForByteFromTheCatchersText() throws Exception {
        String raw = "Subject: Ողջույն\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Բարև, Привет, été\r\n";
        // GreenMail gives each byte of the source as one character
        String asTheCatcherGivesIt = new String(raw.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        CaughtMail mail = DemoMailbox.parse("anna@example.org", asTheCatcherGivesIt);

        assertEquals("Ողջույն", mail.subject(), "a raw UTF-8 header (RFC 6532)");
        assertEquals("Բարև, Привет, été", mail.text());
        assertEquals("Բարև, Привет, été", DemoMailbox.parse("anna@example.org", raw).text(), "text given as such");
    }

    @Test
    void aMailWithoutTextGivesAnEmptyTextAndControlCharactersAreDropped() throws Exception {
        CaughtMail html = DemoMailbox.parse("a@example.org",
                "Subject: Only\u0007 HTML\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>hello</p>\r\n");
        assertEquals("", html.text());
        assertEquals("Only HTML", html.subject());
        CaughtMail none = DemoMailbox.parse("a@example.org", "Content-Type: text/plain\r\n\r\nline\u0000 one\r\n\ttwo\r\n");
        assertEquals("", none.subject());
        assertEquals("line one\n\ttwo", none.text());
    }

    @Test
    void aLongTextIsCutAtTwentyThousandCharactersAndSaysSo() throws Exception {
        String line = "Բարև աշխարհ 0123456789\r\n"; // 23 characters once the line end is one
        String body = line.repeat(2_000);
        CaughtMail mail = DemoMailbox.parse("a@example.org",
                "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + base64(body, StandardCharsets.UTF_8) + "\r\n");
        assertEquals(DemoMailbox.MAX_TEXT + "\n[…]".length(), mail.text().length());
        assertTrue(mail.text().startsWith("Բարև աշխարհ 0123456789\nԲարև"));
        assertTrue(mail.text().endsWith("\n[…]"));
    }

    @Test
    void theCatchersAddressMustBeHttp() {
        assertEquals(URI.create("http://127.0.0.1:8026/api/user"),
                DemoMailbox.base("http://127.0.0.1:8026//").resolve("api/user"));
        assertEquals(URI.create("https://mail.example.org/catcher/api/user"),
                DemoMailbox.base("https://mail.example.org/catcher").resolve("api/user"));
        for (String wrong : new String[]{"ftp://127.0.0.1/", "file:///etc/passwd", "127.0.0.1:8026", "http://[nope"}) {
            BusinessException e = assertThrows(BusinessException.class, () -> DemoMailbox.base(wrong), wrong);
            assertEquals(DemoMailbox.UNREACHABLE, e.getMessageKey());
        }
    }
}
