package org.bepart.media;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Accepts a PDF document only when it starts with the PDF signature and PDFBox parses it with at least one page. */
public final class PdfCheck {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfCheck() {
    }

    public static boolean hasSignature(byte[] bytes) {
        if (bytes == null || bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Refuses with {@link MediaRejectedException} what is no readable PDF or exceeds {@code maxBytes}. */
    public static void check(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaRejectedException("empty", "no bytes");
        }
        if (bytes.length > maxBytes) {
            throw MediaTooLargeException.document(bytes.length, maxBytes);
        }
        if (!hasSignature(bytes)) {
            throw new MediaRejectedException("notADocument", "no %PDF- signature");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() < 1) {
                throw new MediaRejectedException("unreadable", "a PDF without pages");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRejectedException rejected) {
                throw rejected;
            }
            throw new MediaRejectedException("unreadable", "PDF does not parse: " + e);
        }
    }
}
