package org.bepart.web.i18n;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every user-facing text exists in Armenian, English, French and Russian, and every key a page uses exists. */
class BundleCompletenessTest {

    private static final String BASE = "/org/bepart/i18n/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            assertTrue(in != null, "missing bundle " + suffix);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_hy", "_fr", "_ru"})
    void everyLanguageHasEveryKeyWithTheSamePlaceholders(String suffix) throws IOException {
        Properties english = load("");
        Properties translated = load(suffix);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys missing in messages" + suffix);
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), extra, "keys in messages" + suffix + " that English lacks");
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            assertFalse(value.isBlank(), key + " is empty in messages" + suffix);
            assertEquals(placeholders(english.getProperty(key)), placeholders(value), key + " in messages" + suffix);
        }
    }

    @Test
    void englishHasNoOwnKeysSoTheBaseBundleIsTheOnlyEnglish() throws IOException {
        assertTrue(load("_en").isEmpty());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties english = load("");
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        unknown.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown);
    }
}
