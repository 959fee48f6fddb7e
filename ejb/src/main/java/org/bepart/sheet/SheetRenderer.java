package org.bepart.sheet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.notification.RecipientTexts;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the sheet of one initiative: XHTML written here with every text escaped, then a tagged PDF (PDF/UA, PDF/A-3a)
 * with its title and language, in DejaVu Sans (Latin, Cyrillic, Armenian) embedded as subsets. Nothing outside the
 * document is fetched: the only picture, the QR code, is inside it.
 */
public final class SheetRenderer {

    static final String FONT = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    static {
        XRLog.setLoggerImpl(new Warnings());
    }

    private SheetRenderer() {
    }

    /** openhtmltopdf's messages in the server's log, warnings only: it tells of every font and stylesheet it loads. */
    private static final class Warnings implements XRLogger {
        private static final Logger LOG = Logger.getLogger(SheetRenderer.class.getName());

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.log(level, where + ": " + message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // the server's logging configuration decides
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }

    /** The font files, read once from the library that ships them. */
    private static final class Fonts {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
        static final byte[] OBLIQUE = read("DejaVuSans-Oblique.ttf");

        private static byte[] read(String name) {
            try (InputStream in = SheetRenderer.class.getClassLoader().getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The PDF of {@code detail} with its texts and labels in {@code language}; {@code pageUrl} goes in the QR code. */
    public static byte[] pdf(InitiativeDetail detail, Language language, String pageUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .withProducer("BePART")
                .useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null)
                .withHtmlContent(html(detail, language, pageUrl), null)
                .toStream(out);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FONT, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(Fonts.OBLIQUE), FONT, 400, FontStyle.ITALIC, true);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sheet as XHTML. */
    static String html(InitiativeDetail detail, Language language, String pageUrl) {
        InitiativeCard card = detail.card();
        Html h = new Html(language);
        String textLang = card.textLanguage().tag();
        h.raw("<!DOCTYPE html>\n<html lang=\"").text(language.tag()).raw("\" xml:lang=\"").text(language.tag())
                .raw("\"><head><meta charset=\"UTF-8\"/><title>").text(card.title()).raw("</title>")
                .raw("<meta name=\"subject\" content=\"").text(card.summary()).raw("\"/>")
                .raw("<style>").raw(STYLE).raw("</style></head><body>");
        h.raw("<h1 lang=\"").text(textLang).raw("\">").text(card.title()).raw("</h1>");
        h.raw("<p class=\"places\">").text(places(card, language)).raw("</p>");
        h.raw("<p class=\"lead\" lang=\"").text(textLang).raw("\">").text(card.summary()).raw("</p>");

        h.list("initiative.stages", card.stages().stream().map(s -> RecipientTexts.label(language, s)).toList());
        h.list("initiative.participation",
                card.participation().stream().map(p -> RecipientTexts.label(language, p)).toList());

        if (detail.owner() != null) {
            h.heading("initiative.perspectives");
            side(h, detail.owner());
            if (detail.partner() != null) {
                side(h, detail.partner());
            } else {
                h.raw("<h3>").label(detail.owner().isPublicAuthority() ? "initiative.civilSociety"
                        : "initiative.publicAuthority").raw("</h3>");
                h.raw("<p class=\"note\">").label("perspective.partnerMissing").raw("</p>");
            }
        }
        h.section("initiative.results", detail.text().getResults(), textLang);
        h.section("initiative.lessons", detail.text().getLessons(), textLang);

        h.raw("<div class=\"online\"><img src=\"").text(QrCode.dataUri(pageUrl)).raw("\" alt=\"")
                .label("sheet.qrCode").raw("\"/><p>").label("sheet.online").raw("<br/><span class=\"url\">")
                .text(pageUrl).raw("</span></p></div>");
        return h.raw("</body></html>").toString();
    }

    private static void side(Html h, InitiativeDetail.Side side) {
        h.raw("<h3>").text(side.name()).raw(" <span class=\"side\">(").label(side.isPublicAuthority()
                ? "initiative.publicAuthority" : "initiative.civilSociety").raw(")</span></h3>");
        Perspective view = side.view();
        if (view == null) {
            h.raw("<p class=\"note\">").label("perspective.notGiven").raw("</p>");
            return;
        }
        h.subsection("perspective.role", view.getRole());
        h.subsection("perspective.assessment", view.getAssessment());
        if (view.getDifferently() != null && !view.getDifferently().isBlank()) {
            h.subsection("perspective.differently", view.getDifferently());
        }
    }

    private static String places(InitiativeCard card, Language language) {
        List<String> parts = new ArrayList<>();
        if (card.country() != null) {
            parts.add(card.country().displayName(language.locale()));
        }
        for (String place : new String[] {card.region(), card.municipality()}) {
            if (place != null && !place.isBlank()) {
                parts.add(place.strip());
            }
        }
        return String.join(" · ", parts);
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm;
              @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans';
                font-size: 8pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
            h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 4pt; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt; padding-bottom: 2pt; border-bottom: 0.5pt solid #777; }
            h3 { font-size: 11pt; margin: 10pt 0 2pt; }
            h4 { font-size: 10pt; margin: 6pt 0 2pt; }
            p { margin: 0 0 5pt; }
            ul { margin: 0 0 5pt; padding-left: 14pt; }
            .places, .side, .note { color: #444; }
            .lead { font-size: 11pt; margin-top: 8pt; }
            .note { font-style: italic; }
            .online { margin-top: 18pt; page-break-inside: avoid; }
            .online img { float: left; width: 30mm; height: 30mm; margin-right: 8pt; }
            .url { word-wrap: break-word; }
            """;

    /** XHTML written piece by piece; {@link #text} escapes, and drops what XML cannot hold. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(16 * 1024);
        private final Language language;

        Html(Language language) {
            this.language = language;
        }

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html label(String key) {
            return text(RecipientTexts.text(language, key));
        }

        Html text(String text) {
            if (text == null) {
                return this;
            }
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> {
                        if (c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800
                                || c >= 0xE000 && c < 0xFFFE || c >= 0x10000) {
                            out.appendCodePoint(c);
                        }
                    }
                }
            });
            return this;
        }

        void heading(String key) {
            raw("<h2>").label(key).raw("</h2>");
        }

        /** A heading and the items, when there are any. */
        void list(String key, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            heading(key);
            raw("<ul>");
            items.forEach(item -> raw("<li>").text(item).raw("</li>"));
            raw("</ul>");
        }

        /** A heading and the text's paragraphs, when there is a text. */
        void section(String key, String text, String lang) {
            if (text != null && !text.isBlank()) {
                heading(key);
                paragraphs(text, lang);
            }
        }

        void subsection(String key, String text) {
            raw("<h4>").label(key).raw("</h4>");
            paragraphs(text, null);
        }

        /** Paragraphs split at blank lines, as the initiative page shows them. */
        private void paragraphs(String text, String lang) {
            Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).forEach(p -> {
                raw(lang == null ? "<p>" : "<p lang=\"" + lang + "\">").text(p).raw("</p>");
            });
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
