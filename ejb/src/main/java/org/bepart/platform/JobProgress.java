package org.bepart.platform;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a {@link BackgroundJob} stands: whether it runs, how far (done of total; both 0 when it does not run), and
 * when its last run completed (null: not since this server started) for how many items.
 */
public record JobProgress(String name, boolean running, long done, long total, Instant lastCompleted,
                          long lastCount) implements Serializable {

    /** Done as a share of total, 0–100 (100 for an empty run). */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }
}
