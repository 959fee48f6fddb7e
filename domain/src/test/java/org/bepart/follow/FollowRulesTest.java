package org.bepart.follow;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void keysHaveOneSpellingPerKind() {
        assertEquals("42", FollowTarget.INITIATIVE.key(" 0042 "));
        assertEquals("7", FollowTarget.ORGANISATION.key("7"));
        assertEquals("open-data", FollowTarget.THEME.key("Open-Data"));
        assertEquals("AM", FollowTarget.COUNTRY.key("am"));
        assertEquals("dialogue", FollowTarget.PARTICIPATION.key("DIALOGUE"));
        assertEquals(FollowTarget.THEME, FollowTarget.of("theme"));
    }

    @Test
    void badKeysAreRefusedWithAMessage() {
        for (String[] bad : new String[][] {{"INITIATIVE", "0"}, {"INITIATIVE", "x1"}, {"ORGANISATION", ""},
                {"THEME", "a b"}, {"THEME", "<script>"}, {"COUNTRY", "US"}, {"PARTICIPATION", "voting"}}) {
            FollowException e = assertThrows(FollowException.class,
                    () -> FollowTarget.valueOf(bad[0]).key(bad[1]), bad[0] + " " + bad[1]);
            assertEquals("follow.error.target", e.getMessageKey());
        }
        assertThrows(FollowException.class, () -> FollowTarget.of("planet"));
        assertThrows(FollowException.class, () -> FollowTarget.THEME.key("a".repeat(61)));
        assertThrows(FollowException.class, () -> new Follow(1, FollowTarget.COUNTRY, "XX", NOW));
    }

    @Test
    void digestsAreDueOncePerPeriod() {
        assertTrue(FollowDelivery.WEEKLY.isDue(null, NOW));
        assertFalse(FollowDelivery.WEEKLY.isDue(NOW.minus(Duration.ofDays(3)), NOW));
        assertTrue(FollowDelivery.WEEKLY.isDue(NOW.minus(Duration.ofDays(7)), NOW));
        assertTrue(FollowDelivery.DAILY.isDue(NOW.minus(Duration.ofHours(23)), NOW), "an hour's slack");
        assertFalse(FollowDelivery.DAILY.isDue(NOW.minus(Duration.ofHours(12)), NOW));
        assertFalse(FollowDelivery.IMMEDIATE.isDue(null, NOW));
        assertFalse(FollowDelivery.NONE.isDue(null, NOW));
        FollowSetting setting = new FollowSetting(1, FollowDelivery.DAILY, NOW.minus(Duration.ofDays(1)));
        assertTrue(setting.isDigestDue(NOW));
        setting.digestSent(NOW);
        assertFalse(setting.isDigestDue(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void anItemIsMailedOnce() {
        FollowItem item = new FollowItem(1, FollowItemKind.NEWS, 9, FollowItem.ONCE, NOW);
        assertFalse(item.isMailed());
        item.mailed(NOW);
        assertTrue(item.isMailed());
        assertThrows(IllegalStateException.class, () -> item.mailed(NOW));
    }
}
