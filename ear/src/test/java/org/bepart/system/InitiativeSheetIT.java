package org.bepart.system;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable PDF sheet of an initiative, as a reader's browser gets it. */
class InitiativeSheetIT {

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The fonts of these resources and of the forms they draw, into {@code fonts}. */
    private static void fonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void anArmenianInitiativesSheetIsAPdfInArmenian() throws IOException {
        List<Map<String, Object>> demo = Site.demo();
        int id = 0;
        for (int k = 0; k < demo.size() && id == 0; k++) {
            if (Site.isPublic(demo.get(k)) && "hy".equals(demo.get(k).get("originalLanguage"))) {
                id = k + 1;
            }
        }
        assertTrue(id > 0, "an Armenian demo initiative");
        Map<?, ?> initiative = demo.get(id - 1);
        String title = (String) ((Map<?, ?>) ((Map<?, ?>) initiative.get("texts")).get("hy")).get("title");

        HttpResponse<byte[]> response = Site.get("/initiatives/" + id + ".pdf?lang=hy",
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        String etag = response.headers().firstValue("ETag").orElse("");
        assertTrue(etag.contains("-hy"), "the ETag names the language: " + etag);
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").startsWith("public"));

        ResourceBundle armenian = ResourceBundle.getBundle("org.bepart.i18n.messages", Locale.forLanguageTag("hy"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = words(new PDFTextStripper().getText(pdf));
            assertTrue(text.contains(words(title)), "the Armenian title: " + text);
            for (Object stage : (List<?>) initiative.get("stages")) {
                String name = armenian.getString("Stage." + stage);
                assertTrue(text.contains(name), "the stage " + stage + " in Armenian (" + name + "): " + text);
            }
            assertEquals("hy", pdf.getDocumentCatalog().getLanguage());
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                fonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty(), "the sheet's text has its fonts");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }

        HttpResponse<String> again = Site.get("/initiatives/" + id + ".pdf?lang=hy", "If-None-Match", etag);
        assertEquals(304, again.statusCode(), "the reader has this version already");
        HttpResponse<String> english = Site.get("/initiatives/" + id + ".pdf?lang=en", "If-None-Match", etag);
        assertEquals(200, english.statusCode(), "another language is another sheet");
    }

    @Test
    void aHiddenInitiativeHasNoSheet() {
        List<Map<String, Object>> demo = Site.demo();
        int hidden = 0;
        for (int k = 0; k < demo.size() && hidden == 0; k++) {
            if (!Site.isPublic(demo.get(k))) {
                hidden = k + 1;
            }
        }
        assertTrue(hidden > 0, "a demo initiative that is not public");
        assertEquals(404, Site.get("/initiatives/" + hidden + ".pdf?lang=hy").statusCode());
        assertEquals(404, Site.get("/initiatives/" + hidden).statusCode(), "as its page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/initiatives/999999999.pdf", "/initiatives/99999999999999999999999.pdf",
            "/initiatives/abc.pdf", "/initiatives/-1.pdf", "/initiatives/1.pdf/x", "/initiative-sheet",
            "/initiative-sheet?id=abc", "/initiative-sheet?id=1%00"})
    void anUnknownOrMalformedSheetIsNotFound(String path) {
        assertEquals(404, Site.get(path).statusCode(), path);
    }
}
