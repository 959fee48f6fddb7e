package org.bepart.contest;

/** A file a participant sent: its name as the browser gave it, and its bytes. */
public record Upload(String fileName, byte[] bytes) {

    public boolean isPresent() {
        return bytes != null && bytes.length > 0;
    }
}
