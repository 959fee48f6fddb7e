package org.bepart.sheet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Perspective;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.notification.RecipientTexts;
import org.bepart.organisation.Sector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sheet of an Armenian initiative, read back from its PDF as a reader's tools would. */
class SheetRendererTest {

    private static final String TITLE = "Համայնքային բյուջեի հանրային քննարկումներ Դիլիջանում";
    private static final String URL = "https://bepart.example/initiatives/7/hamaynqayin";

    static InitiativeDetail armenian() {
        InitiativeText text = new InitiativeText(TITLE,
                "Բնակիչները մասնակցեցին բյուջեի նախագծի քննարկմանը։",
                null, null, "Հինգ առաջարկ ընդունվեց & ներառվեց <բյուջեում>։\n\nԵրկրորդ պարբերություն։",
                null, "Հրապարակային լսումները պետք է սկսել ավելի վաղ։", null);
        InitiativeCard card = new InitiativeCard(7, "hamaynqayin", TITLE, text.getSummary(), null, Language.HY, false,
                MemberState.AM, "Տավուշ", "Դիլիջան", GovernmentLevel.LOCAL, InitiativeStatus.VALIDATED,
                List.of(Stage.DRAFTING, Stage.DECISION), List.of(ParticipationLevel.CONSULTATION,
                ParticipationLevel.DIALOGUE), List.of(), LocalDate.of(2025, 3, 1), null, true,
                Instant.parse("2025-06-01T10:00:00Z"), 0);
        InitiativeDetail.Side owner = new InitiativeDetail.Side(1, "Դիլիջանի համայնքապետարան", "dilijan",
                Sector.PUBLIC_AUTHORITY, new Perspective("Կազմակերպեցինք լսումները։",
                "Մասնակցությունը գերազանցեց սպասումները։", null));
        InitiativeDetail.Side partner = new InitiativeDetail.Side(2, "Քաղաքացիական նախաձեռնություն", "qaxaqaciakan",
                Sector.CIVIL_SOCIETY, new Perspective("Տեղեկացրինք բնակիչներին։", "Լավ համագործակցություն։",
                "Ավելի շատ երիտասարդներ կներգրավեինք։"));
        return new InitiativeDetail(card, text, Language.HY, Set.of(Language.HY), Format.HYBRID, List.of(), List.of(),
                null, null, List.of(), Instant.parse("2025-07-01T10:00:00Z"), owner, partner, List.of(), List.of(),
                InitiativeDetail.Exchange.NONE, 0);
    }

    @Test
    void theArmenianSheetReadsInArmenianWithEveryFontEmbedded() throws IOException {
        byte[] pdf = SheetRenderer.pdf(armenian(), Language.HY, URL);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(TITLE), text);
            for (Stage stage : List.of(Stage.DRAFTING, Stage.DECISION)) {
                assertTrue(text.contains(RecipientTexts.label(Language.HY, stage)), stage + " in Armenian: " + text);
            }
            assertTrue(text.contains(RecipientTexts.label(Language.HY, ParticipationLevel.DIALOGUE)), text);
            assertTrue(text.contains("Հինգ առաջարկ ընդունվեց & ներառվեց <բյուջեում>։"), "results, escaped: " + text);
            assertTrue(text.contains("Հրապարակային լսումները"), "lessons: " + text);
            assertTrue(text.contains("Ավելի շատ երիտասարդներ"), "the partner's perspective: " + text);
            assertTrue(text.contains("Դիլիջան"), "places: " + text);
            assertTrue(text.contains(URL), text);

            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0, "the pages name their fonts");
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            assertEquals("hy", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "tagged for assistive technology");
            assertFalse(document.getDocumentCatalog().getStructureTreeRoot() == null, "a structure tree");
        }
    }

    @Test
    void charactersThatXmlCannotHoldAreLeftOut() {
        String html = SheetRenderer.html(armenian(), Language.EN, URL + "?a=\u0000\uFFFF");
        assertFalse(html.contains("\u0000") || html.contains("\uFFFF"), "left out");
        assertTrue(html.contains("<html lang=\"en\""), "the reader's language");
        assertTrue(html.contains(RecipientTexts.label(Language.EN, Stage.DRAFTING)), "labels in the reader's language");
    }
}
