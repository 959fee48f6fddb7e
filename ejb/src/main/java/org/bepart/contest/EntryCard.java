package org.bepart.contest;

import java.io.Serializable;

/** An approved entry as the public sees it: no e-mail, no guardian. */
public record EntryCard(long id, String participantName, int age, EntryCategory category, String title,
                        MediaKind kind, String videoLink, Integer place) implements Serializable {

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    static EntryCard of(ContestEntry e) {
        return new EntryCard(e.getId(), e.getParticipantName(), e.getAge(), e.getCategory(), e.getTitle(),
                e.getMediaKind(), e.getVideoLink(), e.getPlace());
    }
}
