package org.bepart.contest;

import java.io.Serializable;

/** An approved entry a juror scores: the juror's own score and note (null when not scored yet) and the average. */
public record JuryRow(long entryId, long contestId, String contestTitle, String participantName, int age,
                      EntryCategory category, String title, MediaKind kind, String videoLink, Integer myScore,
                      String myNote, Double average, int scores) implements Serializable {

    public boolean isImage() {
        return kind == MediaKind.IMAGE;
    }
}
