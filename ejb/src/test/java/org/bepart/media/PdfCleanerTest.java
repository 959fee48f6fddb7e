package org.bepart.media;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfCleanerTest {

    @Test
    void activeContentIsRemovedAndTheTextAndWebLinksStay() throws IOException {
        byte[] hostile = hostilePdf();
        assertTrue(activeContent(hostile).size() >= 6, "the test document is as hostile as meant: "
                + activeContent(hostile));

        byte[] cleaned = PdfCleaner.clean(hostile);

        assertEquals(List.of(), activeContent(cleaned));
        assertTrue(!new String(cleaned, StandardCharsets.ISO_8859_1).contains("app.alert"), "no script left");
        try (PDDocument document = Loader.loadPDF(cleaned)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Minutes of the hearing"));
            var annotations = document.getPage(0).getAnnotations();
            assertEquals(2, annotations.size(), "the links stay, the file attachment is gone");
            assertTrue(annotations.get(0) instanceof PDAnnotationLink launch && launch.getAction() == null,
                    "the link that launched a program does nothing now");
            assertTrue(annotations.get(1) instanceof PDAnnotationLink link
                    && link.getAction() instanceof PDActionURI uri && uri.getURI().equals("https://example.org/"),
                    "the web link still leads to its page");
        }
        PdfCheck.check(cleaned, 1_000_000);
    }

    @Test
    void aHarmlessDocumentStaysReadable() throws IOException {
        byte[] cleaned = PdfCleaner.clean(ImageProcessorTest.pdf());
        PdfCheck.check(cleaned, 1_000_000);
        assertEquals(List.of(), activeContent(cleaned));
    }

    /**
     * One page of text with: a document JavaScript, a JavaScript open action, page additional actions, a link that
     * launches a program, a web link, an embedded file, a file attachment annotation and a bookmark running script.
     */
    static byte[] hostilePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Minutes of the hearing");
                content.endText();
            }
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('open');"));
            PDPageAdditionalActions pageActions = new PDPageAdditionalActions();
            pageActions.setO(new PDActionJavaScript("app.alert('page');"));
            page.setActions(pageActions);

            PDAnnotationLink launch = new PDAnnotationLink();
            launch.setRectangle(new PDRectangle(72, 600, 100, 20));
            PDActionLaunch run = new PDActionLaunch();
            run.getCOSObject().setString(COSName.F, "calc.exe");
            launch.setAction(run);
            PDAnnotationLink web = new PDAnnotationLink();
            web.setRectangle(new PDRectangle(72, 560, 100, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("https://example.org/");
            web.setAction(uri);
            PDComplexFileSpecification attached = fileSpec(document, "payload.exe");
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(72, 520, 20, 20));
            attachment.setFile(attached);
            page.getAnnotations().addAll(List.of(launch, web, attachment));

            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript("app.alert('names');")));
            names.setJavascript(scripts);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("payload.exe", fileSpec(document, "payload.exe")));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Start");
            item.setAction(new PDActionJavaScript("app.alert('bookmark');"));
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);

            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDComplexFileSpecification fileSpec(PDDocument document, String name) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ payload".getBytes(
                StandardCharsets.US_ASCII)));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setEmbeddedFile(file);
        return spec;
    }

    /** What of the document could run, open or carry something: active keys, actions and annotations found. */
    static List<String> activeContent(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<COSBase> todo = new ArrayDeque<>();
            todo.push(document.getDocument().getTrailer());
            while (!todo.isEmpty()) {
                COSBase item = todo.pop();
                if (item instanceof COSObject object) {
                    item = object.getObject();
                }
                if (item == null || !seen.add(item)) {
                    continue;
                }
                if (item instanceof COSDictionary dictionary) {
                    for (String key : List.of("OpenAction", "AA", "JS", "JavaScript", "EmbeddedFiles", "EF")) {
                        if (dictionary.containsKey(key)) {
                            found.add("/" + key);
                        }
                    }
                    COSName s = dictionary.getCOSName(COSName.S);
                    if (s != null && List.of("JavaScript", "Launch").contains(s.getName())) {
                        found.add("action " + s.getName());
                    }
                    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
                    if (subtype != null && subtype.getName().equals("FileAttachment")) {
                        found.add("annotation FileAttachment");
                    }
                    dictionary.getValues().forEach(todo::push);
                } else if (item instanceof COSArray array) {
                    array.forEach(todo::push);
                }
            }
        }
        return found;
    }
}
