package org.bepart.web.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One reader renders an outdated page; the others get its last copy until it is rendered or the claim lapses. */
class RendersTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final Renders renders = new Renders(Duration.ofSeconds(10), now::get);

    @Test
    void theFirstReaderRendersTheOthersWait() {
        Renders.Claim first = renders.claim("en /map");
        assertNotNull(first);
        assertNull(renders.claim("en /map"), "rendered already by the first");
        assertNotNull(renders.claim("hy /map"), "another page is another claim");
        renders.release(first);
        assertNotNull(renders.claim("en /map"), "rendered: the next outdated reader renders it again");
    }

    @Test
    void aClaimNeverGivenBackLapses() {
        Renders.Claim lost = renders.claim("en /news");
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertNull(renders.claim("en /news"));
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        Renders.Claim taken = renders.claim("en /news");
        assertNotNull(taken, "lapsed after 10 s");
        renders.release(lost);
        assertNull(renders.claim("en /news"), "the lapsed claim's release leaves the new one in place");
        renders.release(taken);
        renders.release(null);
        assertNotNull(renders.claim("en /news"));
    }
}
