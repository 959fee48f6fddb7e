package org.bepart.contest;

/** Video files by their content: MP4 (an {@code ftyp} box first) and WebM (an EBML header); nothing else. */
public final class VideoFiles {

    private VideoFiles() {
    }

    /** "video/mp4" or "video/webm" by the first bytes; null for anything else. */
    public static String typeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return null;
        }
        if (bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            return "video/mp4";
        }
        if ((bytes[0] & 0xFF) == 0x1A && (bytes[1] & 0xFF) == 0x45 && (bytes[2] & 0xFF) == 0xDF
                && (bytes[3] & 0xFF) == 0xA3) {
            return "video/webm";
        }
        return null;
    }
}
