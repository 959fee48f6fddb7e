package org.bepart.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Differences between two versions of a text, word by word, or of a list, item by item. */
public final class TextDiff {

    /** Words (letters, digits and marks of any script), runs of white space, or any other single character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+|\\s+|.", Pattern.DOTALL);

    private TextDiff() {
    }

    /** The later text as segments kept, added and removed, word by word; adjacent segments of a kind merged. */
    public static List<Segment> words(String before, String after) {
        return merge(diff(tokens(before), tokens(after)));
    }

    /** The items (one per line) of both versions, each kept, added or removed. */
    public static List<Segment> lines(String before, String after) {
        return diff(items(before), items(after));
    }

    /**
     * The fields that differ between two snapshots, in the order of the record: text fields word by word, lists item
     * by item. Fields equal in both are left out.
     */
    public static List<FieldDiff> fields(Map<String, String> before, Map<String, String> after) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (String key : Snapshot.keys()) {
            String a = before.getOrDefault(key, "");
            String b = after.getOrDefault(key, "");
            if (a.equals(b)) {
                continue;
            }
            int dot = key.indexOf('.');
            String name = dot < 0 ? key : key.substring(0, dot);
            org.bepart.language.Language language = dot < 0 ? null
                    : org.bepart.language.Language.fromTag(key.substring(dot + 1)).orElseThrow();
            FieldKind kind = dot < 0 ? Snapshot.FIELDS.get(key) : FieldKind.TEXT;
            diffs.add(new FieldDiff(name, language, kind, kind.isText() ? words(a, b) : lines(a, b)));
        }
        return diffs;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<String> items(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    private static List<Segment> diff(List<String> before, List<String> after) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            Chunk<String> source = delta.getSource();
            for (; at < source.getPosition(); at++) {
                segments.add(new Segment(Change.SAME, before.get(at)));
            }
            source.getLines().forEach(t -> segments.add(new Segment(Change.REMOVED, t)));
            delta.getTarget().getLines().forEach(t -> segments.add(new Segment(Change.ADDED, t)));
            at = source.getPosition() + source.size();
        }
        for (; at < before.size(); at++) {
            segments.add(new Segment(Change.SAME, before.get(at)));
        }
        return segments;
    }

    /**
     * Neighbouring changes joined into one removal followed by one addition, taking along the white space between
     * them, so that the reader sees a phrase replaced rather than word, space, word; kept runs joined too.
     */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        String space = "";
        for (Segment s : segments) {
            boolean inChange = removed.length() > 0 || added.length() > 0;
            if (s.change() == Change.SAME) {
                if (inChange && s.text().isBlank()) {
                    space += s.text();
                    continue;
                }
                flush(merged, removed, added);
                append(merged, new Segment(Change.SAME, space + s.text()));
                space = "";
                continue;
            }
            if (!space.isEmpty()) {
                if (removed.length() > 0) {
                    removed.append(space);
                }
                if (added.length() > 0) {
                    added.append(space);
                }
                space = "";
            }
            (s.change() == Change.REMOVED ? removed : added).append(s.text());
        }
        flush(merged, removed, added);
        if (!space.isEmpty()) {
            append(merged, new Segment(Change.SAME, space));
        }
        return merged;
    }

    private static void flush(List<Segment> merged, StringBuilder removed, StringBuilder added) {
        if (removed.length() > 0) {
            merged.add(new Segment(Change.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (added.length() > 0) {
            merged.add(new Segment(Change.ADDED, added.toString()));
            added.setLength(0);
        }
    }

    private static void append(List<Segment> merged, Segment s) {
        Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && last.change() == Change.SAME) {
            merged.set(merged.size() - 1, new Segment(Change.SAME, last.text() + s.text()));
        } else {
            merged.add(s);
        }
    }
}
