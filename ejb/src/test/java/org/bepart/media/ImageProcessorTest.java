package org.bepart.media;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an uploaded file becomes, without a container. */
class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor(10L * 1024 * 1024, 40_000_000L);

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aPictureBombIsRefusedFromItsHeaderAlone() {
        byte[] bomb = TestImages.png(3000, 3000, false);
        MediaRejectedException e = assertThrows(MediaRejectedException.class,
                () -> ImageProcessor.checkDeclaredSize(new ByteArrayInputStream(bomb), 4_000_000));
        assertEquals("media.rejected.tooManyPixels", e.getMessageKey());
        ImageProcessor.checkDeclaredSize(new ByteArrayInputStream(TestImages.png(100, 80, false)), 4_000_000);
        ImageProcessor.checkDeclaredSize(new ByteArrayInputStream("not a picture".getBytes(StandardCharsets.UTF_8)),
                4_000_000);
        ImageProcessor.checkDeclaredSize(new ByteArrayInputStream(Arrays.copyOf(bomb, 10)), 4_000_000);
    }

    @Test
    void anOpaquePngBecomesAJpegWithoutItsMetadataAndWithAThumbnail() throws IOException {
        byte[] png = TestImages.png(800, 600, false);
        assertTrue(new String(png, StandardCharsets.ISO_8859_1).contains("SecretMetadata"));
        ImageProcessor.Result result = processor.process(png);
        assertEquals("image/jpeg", result.contentType());
        assertEquals(ImageProcessor.Format.JPEG, ImageProcessor.sniff(result.content()));
        assertFalse(new String(result.content(), StandardCharsets.ISO_8859_1).contains("SecretMetadata"));
        assertEquals(800, result.width());
        assertEquals(600, result.height());
        BufferedImage thumbnail = read(result.thumbnail());
        assertEquals(480, thumbnail.getWidth());
        assertEquals(360, thumbnail.getHeight());
    }

    @Test
    void aTransparentPngStaysAPng() throws IOException {
        ImageProcessor.Result result = processor.process(TestImages.png(300, 200, true));
        assertEquals("image/png", result.contentType());
        BufferedImage image = read(result.content());
        assertTrue(image.getColorModel().hasAlpha());
        assertEquals(300, image.getWidth());
    }

    @Test
    void aLargeImageIsScaledDownTo2000PixelsOnItsLongerSide() throws IOException {
        ImageProcessor.Result result = processor.process(TestImages.png(3000, 1500, false));
        assertEquals(2000, result.width());
        assertEquals(1000, result.height());
        assertEquals(2000, read(result.content()).getWidth());
        assertEquals(480, read(result.thumbnail()).getWidth());
    }

    @Test
    void aPictureFarLargerThanStoredIsReadSubsampledToTheSameResult() throws IOException {
        assertEquals(1, ImageProcessor.subsampling(4000, 4000));
        assertEquals(2, ImageProcessor.subsampling(4001, 10));
        assertEquals(3, ImageProcessor.subsampling(300, 12_000));
        ImageProcessor.Result result = processor.process(TestImages.png(4500, 1500, false));
        assertEquals(2000, result.width());
        assertEquals(667, result.height());
        assertEquals(2000, read(result.content()).getWidth());
    }

    @Test
    void webpImagesAreDecodedAndReEncoded() throws IOException {
        for (byte[] webp : new byte[][] {TestImages.WEBP_LOSSY, TestImages.WEBP_LOSSLESS}) {
            assertEquals(ImageProcessor.Format.WEBP, ImageProcessor.sniff(webp));
            ImageProcessor.Result result = processor.process(webp);
            assertTrue(result.contentType().equals("image/jpeg") || result.contentType().equals("image/png"));
            assertEquals(1, read(result.content()).getWidth());
        }
    }

    @Test
    void textIsNoImageWhateverItsName() {
        MediaRejectedException e = assertThrows(MediaRejectedException.class,
                () -> processor.process("just some text, not a photo".getBytes(StandardCharsets.UTF_8)));
        assertEquals("media.rejected.notAnImage", e.getMessageKey());
    }

    @Test
    void tooManyBytesAreRefusedBeforeDecoding() {
        MediaRejectedException e = assertThrows(MediaRejectedException.class,
                () -> new ImageProcessor(1000, 40_000_000L).process(TestImages.png(400, 400, false)));
        assertEquals("media.rejected.imageTooLarge", e.getMessageKey());
    }

    @Test
    void aHeaderClaimingHugeDimensionsIsRefusedBeforeDecoding() {
        byte[] bomb = TestImages.claimingSize(TestImages.png(10, 10, false), 50_000, 50_000);
        MediaRejectedException e = assertThrows(MediaRejectedException.class, () -> processor.process(bomb));
        assertEquals("media.rejected.tooManyPixels", e.getMessageKey());
    }

    @Test
    void aTruncatedImageIsUnreadable() {
        byte[] png = TestImages.png(200, 200, false);
        MediaRejectedException e = assertThrows(MediaRejectedException.class,
                () -> processor.process(Arrays.copyOf(png, 60)));
        assertEquals("media.rejected.unreadable", e.getMessageKey());
    }

    @Test
    void aRealPdfPassesAndBrokenOnesDoNot() throws IOException {
        byte[] pdf = pdf();
        PdfCheck.check(pdf, 1_000_000);
        assertEquals("media.rejected.unreadable", assertThrows(MediaRejectedException.class,
                () -> PdfCheck.check("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII), 1_000_000))
                .getMessageKey());
        assertEquals("media.rejected.notADocument", assertThrows(MediaRejectedException.class,
                () -> PdfCheck.check("hello".getBytes(StandardCharsets.US_ASCII), 1_000_000)).getMessageKey());
        assertEquals("media.rejected.documentTooLarge", assertThrows(MediaRejectedException.class,
                () -> PdfCheck.check(pdf, 10)).getMessageKey());
    }

    /** A one-page PDF made with PDFBox. */
    static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
