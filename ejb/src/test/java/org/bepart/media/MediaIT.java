package org.bepart.media;

import jakarta.ejb.EJB;
import org.bepart.account.Role;
import org.bepart.initiative.AttachmentKind;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.language.Language;
import org.bepart.lifecycle.InitiativeLifecycle;
import org.bepart.organisation.OrganisationKind;
import org.bepart.shared.AccessDeniedException;
import org.bepart.submission.SubmissionService;
import org.bepart.submission.SubmissionTestData;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads of images and documents and who may see them, on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
public class MediaIT {

    @EJB
    private MediaService media;

    @EJB
    private SubmissionService submissions;

    @EJB
    private InitiativeLifecycle lifecycle;

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private SubmissionTestData data;

    private long me;
    private SubmissionService.Saved saved;

    private void draft() {
        me = data.account();
        long organisation = data.organisation(me, OrganisationKind.CIVIL_SOCIETY);
        saved = submissions.create(me, organisation, org.bepart.submission.FormsAccess.basics("With pictures"));
    }

    @Test
    void pngAndWebpAreReEncodedWithAThumbnail() throws IOException {
        draft();
        AttachmentView png = media.add(me, saved.id(), "park.png", TestImages.png(2400, 1200, false), "The park");
        assertEquals(AttachmentKind.IMAGE, png.kind());
        assertEquals("image/jpeg", png.contentType());
        assertEquals("park.jpg", png.fileName());
        assertEquals(2000, png.width());
        MediaFile full = media.file(me, png.id(), false).orElseThrow();
        assertEquals("image/jpeg", full.contentType());
        assertEquals(2000, ImageIO.read(new ByteArrayInputStream(full.bytes())).getWidth());
        MediaFile thumbnail = media.file(me, png.id(), true).orElseThrow();
        assertEquals(480, ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getWidth());

        AttachmentView webp = media.add(me, saved.id(), "tiny.webp", TestImages.WEBP_LOSSLESS, null);
        assertEquals(AttachmentKind.IMAGE, webp.kind());
        assertTrue(webp.contentType().startsWith("image/"));
        assertNotNull(media.file(me, webp.id(), true).orElseThrow().bytes());
        assertEquals(2, media.list(me, saved.id()).size());
        // saving a step afterwards still works: files do not change the version the form holds
        submissions.saveBasics(me, saved.id(), saved.version(), org.bepart.submission.FormsAccess.basics("Still mine"));
    }

    @Test
    void theTypeComesFromTheContentNeverFromTheName() throws IOException {
        draft();
        AttachmentView disguised = media.add(me, saved.id(), "report.pdf", TestImages.png(100, 80, false), null);
        assertEquals(AttachmentKind.IMAGE, disguised.kind());
        assertEquals("image/jpeg", disguised.contentType());
        assertEquals("report.jpg", disguised.fileName());

        MediaRejectedException text = assertThrows(MediaRejectedException.class, () -> media.add(me, saved.id(),
                "photo.jpg", "Dear all, see attached.".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("media.rejected.unsupported", text.getMessageKey());

        byte[] pdf = ImageProcessorTest.pdf();
        AttachmentView document = media.add(me, saved.id(), "minutes.jpg", pdf, "Minutes");
        assertEquals(AttachmentKind.DOCUMENT, document.kind());
        assertEquals("application/pdf", document.contentType());
        assertEquals("minutes.pdf", document.fileName());
        MediaFile stored = media.file(me, document.id(), false).orElseThrow();
        assertTrue(stored.document());
        try (org.apache.pdfbox.pdmodel.PDDocument kept = org.apache.pdfbox.Loader.loadPDF(stored.bytes())) {
            assertEquals(1, kept.getNumberOfPages(), "the document is written anew, its pages kept");
        }
        assertFalse(media.file(me, document.id(), true).isPresent(), "documents have no thumbnail");
    }

    @Test
    void aPdfIsServedWithoutItsActiveContent() throws IOException {
        draft();
        byte[] hostile = PdfCleanerTest.hostilePdf();
        assertFalse(PdfCleanerTest.activeContent(hostile).isEmpty());
        AttachmentView document = media.add(me, saved.id(), "minutes.pdf", hostile, null);
        MediaFile served = media.file(me, document.id(), false).orElseThrow();
        assertEquals(java.util.List.of(), PdfCleanerTest.activeContent(served.bytes()),
                "no script, open action, additional action, launch action or embedded file is served");
        assertEquals(served.bytes().length, document.sizeBytes(), "the size shown is the size served");
        try (org.apache.pdfbox.pdmodel.PDDocument kept = org.apache.pdfbox.Loader.loadPDF(served.bytes())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(kept).contains("Minutes of the hearing"));
        }
    }

    @Test
    void oversizedFilesAreRefused() {
        draft();
        byte[] image = Arrays.copyOf(TestImages.png(10, 10, false), 10 * 1024 * 1024 + 1);
        assertEquals("media.rejected.imageTooLarge", assertThrows(MediaRejectedException.class,
                () -> media.add(me, saved.id(), "big.png", image, null)).getMessageKey());
        byte[] document = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 20 * 1024 * 1024 + 1);
        assertEquals("media.rejected.documentTooLarge", assertThrows(MediaRejectedException.class,
                () -> media.add(me, saved.id(), "big.pdf", document, null)).getMessageKey());
        assertTrue(media.list(me, saved.id()).isEmpty());
    }

    @Test
    void filesOfADraftAreSeenOnlyByItsOrganisationsThenByEverybodyOncePublic() {
        draft();
        long id = media.add(me, saved.id(), "park.png", TestImages.png(300, 200, false), "The park").id();
        long stranger = data.account();
        data.organisation(stranger, OrganisationKind.CIVIL_SOCIETY);
        long reviewer = data.account(Role.REVIEWER);
        assertFalse(media.file(null, id, false).isPresent());
        assertFalse(media.file(stranger, id, false).isPresent());
        assertFalse(media.file(reviewer, id, false).isPresent(), "drafts are their organisations' own");
        assertFalse(media.file(me, id, false).orElseThrow().isPublic());
        assertThrows(AccessDeniedException.class, () -> media.add(stranger, saved.id(), "x.png",
                TestImages.png(10, 10, false), null));
        assertThrows(AccessDeniedException.class, () -> media.remove(stranger, id));

        SubmissionService.Saved s = submissions.savePlace(me, saved.id(), saved.version(),
                org.bepart.submission.FormsAccess.place());
        s = submissions.saveProcess(me, s.id(), s.version(), org.bepart.submission.FormsAccess.process());
        s = submissions.saveResults(me, s.id(), s.version(), org.bepart.submission.FormsAccess.results());
        lifecycle.submit(me, s.id(), s.version());
        assertTrue(media.file(reviewer, id, false).isPresent(), "reviewers see it once submitted");
        MediaFile visible = media.file(null, id, false).orElseThrow();
        assertTrue(visible.isPublic());
        InitiativeDetail detail = catalogue.find(s.id(), Language.EN).orElseThrow();
        assertEquals(1, detail.images().size());
        assertEquals("The park", detail.images().get(0).caption());

        media.remove(me, id);
        assertFalse(media.file(null, id, false).isPresent());
        assertTrue(catalogue.find(s.id(), Language.EN).orElseThrow().images().isEmpty());
    }
}
