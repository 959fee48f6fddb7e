package org.bepart.web.cache;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageAddressTest {

    private static Map<String, String[]> parameters(String... nameValue) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            String name = nameValue[i];
            String[] old = map.getOrDefault(name, new String[0]);
            String[] values = java.util.Arrays.copyOf(old, old.length + 1);
            values[old.length] = nameValue[i + 1];
            map.put(name, values);
        }
        return map;
    }

    private static String key(String path, String... nameValue) {
        PageAddress address = PageAddress.of(path, parameters(nameValue)).orElseThrow();
        return address.path() + "?" + address.query();
    }

    @Test
    void junkParametersOrderAndBlanksDoNotChangeTheAddress() {
        String plain = key("/initiatives", "q", "budget", "country", "AM", "country", "FR", "page", "2");
        assertEquals("/initiatives?q=budget&country=AM&country=FR&page=2", plain);
        assertEquals(plain, key("/initiatives", "junk", "1", "page", "2", "country", "FR", "lang", "en",
                "country", "AM", "country", "AM", "stage", " ", "q", "budget", "utm_source", "x"));
        assertEquals("/map?q=%D5%A2%D5%B5%D5%B8%D6%82%D5%BB%D5%A5", key("/map", "q", "բյուջե", "nocache", "42"));
        assertEquals("/statistics?", key("/statistics", "q", "x", "anything", "y"));
    }

    @Test
    void initiativePagesLoseTheirSlugAndTrailingSlash() {
        assertEquals("/initiatives/12?", key("/initiatives/12"));
        assertEquals("/initiatives/12?", key("/initiatives/12/any-slug-at-all/", "junk", "1"));
        assertEquals("/initiatives/12/history?from=1&to=3", key("/initiatives/12/history/", "to", "3", "from", "1",
                "from", "2", "x", "y"));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/abc", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/initiatives/1/2/3", Map.of()));
        assertEquals(Optional.empty(), PageAddress.of("/news", Map.of()));
    }

    @Test
    void thePageReadsOnlyItsOwnParameters() {
        PageAddress catalogue = PageAddress.of("/initiatives", parameters("q", "x", "junk", "1")).orElseThrow();
        assertTrue(catalogue.knows("q"));
        assertTrue(catalogue.knows("country"), "known even when absent: the page must not see a junk value");
        assertFalse(catalogue.knows("junk"));
        PageAddress detail = PageAddress.of("/initiatives/3", parameters("id", "9")).orElseThrow();
        assertFalse(detail.knows("id"), "the id comes with the forward to the page");
        assertEquals(Map.of("from", List.of("2")), PageAddress.of("/initiatives/3/history",
                parameters("from", "2")).orElseThrow().parameters());
    }
}
