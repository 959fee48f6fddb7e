package org.bepart.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a related list is kept in a column: ids in order, and room for the longest list. */
class RelatedStoreTest {

    @Test
    void aListComesBackInItsOrder() {
        long[] list = {42, 7, 1_000_000_123L};
        assertEquals("42,7,1000000123", RelatedStore.format(list));
        assertArrayEquals(list, RelatedStore.parse(RelatedStore.format(list)));
        assertArrayEquals(new long[0], RelatedStore.parse(RelatedStore.format(new long[0])));
    }

    @Test
    void theLongestListOfTheLargestIdsFitsTheColumn() {
        long[] longest = new long[RelatedInitiatives.KEPT];
        java.util.Arrays.fill(longest, Long.MAX_VALUE);
        assertTrue(RelatedStore.format(longest).length() <= 200, RelatedStore.format(longest));
    }
}
