package org.bepart.news;

import org.bepart.image.InvalidImageException;
import org.bepart.media.TestImages;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsImagesTest {

    @Test
    void aJpegStaysJpegAndGetsAThumbnail() throws IOException {
        NewsImages.Processed p = NewsImages.process(TestImages.plain("jpeg", 1200, 800));
        assertEquals("image/jpeg", p.contentType());
        assertEquals(1200, p.width());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(p.thumbnail()));
        assertEquals(NewsImages.THUMBNAIL_WIDTH, thumbnail.getWidth());
        assertEquals(320, thumbnail.getHeight());
    }

    @Test
    void aPngIsReencodedAndBytesAfterThePictureAreDropped() throws IOException {
        byte[] png = TestImages.plain("png", 64, 64);
        byte[] withPayload = new byte[png.length + 20];
        System.arraycopy(png, 0, withPayload, 0, png.length);
        System.arraycopy("<script>x</script>!!".getBytes(StandardCharsets.US_ASCII), 0, withPayload, png.length, 20);
        NewsImages.Processed p = NewsImages.process(withPayload);
        assertEquals("image/jpeg", p.contentType(), "an opaque PNG is stored as the smaller JPEG");
        assertTrue(!new String(p.content(), StandardCharsets.ISO_8859_1).contains("<script>"));
    }

    @Test
    void aLargeImageIsScaledDown() throws IOException {
        NewsImages.Processed p = NewsImages.process(TestImages.plain("png", 3000, 1000));
        assertEquals(NewsImages.MAX_EDGE, p.width());
        assertEquals(667, p.height());
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> NewsImages.process(html));
        assertEquals("news.error.imageNotReadable", e.getMessageKey());
        byte[] fakeJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02};
        assertThrows(InvalidImageException.class, () -> NewsImages.process(fakeJpeg));
        assertArrayEquals(new byte[0], new byte[0]);
    }
}
