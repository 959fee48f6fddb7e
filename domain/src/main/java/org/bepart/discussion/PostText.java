package org.bepart.discussion;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a post's text: plain text of 1 to {@value #MAX} characters (after stripping, Windows line ends made
 * Unix ones), no control character but line feeds and tabs. Pages show it escaped; its http and https addresses are
 * cut out as {@link Segment links} here, so that no page ever writes HTML taken from a post.
 */
public final class PostText {

    /** The longest text a post may have, in characters (UTF-16 units, as a text area counts them). */
    public static final int MAX = 2000;

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+",
            Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address. */
    private static final String TRAILING = ".,;:!?)]}»”’'\"";

    private PostText() {
    }

    /** One piece of a text: shown as typed, or, when {@code link}, as a link to itself. */
    public record Segment(String text, boolean link) {
    }

    /** The text as it is stored, or a {@link DiscussionException} saying what is wrong with it. */
    public static String clean(String text) {
        String cleaned = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (cleaned.isEmpty() || cleaned.length() > MAX) {
            throw new DiscussionException("discussion.error.length", cleaned.length() + " characters");
        }
        if (cleaned.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'
                || Character.getType(c) == Character.SURROGATE)) {
            throw new DiscussionException("discussion.error.control", "a control character");
        }
        return cleaned;
    }

    /** The text cut into plain pieces and links (http and https addresses that parse as such), in order. */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        Matcher m = URL.matcher(text);
        int plainFrom = 0;
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0
                    && !(text.charAt(end - 1) == ')' && text.substring(m.start(), end).contains("("))) {
                end--;
            }
            String address = text.substring(m.start(), end);
            if (!isWebAddress(address)) {
                continue;
            }
            if (m.start() > plainFrom) {
                segments.add(new Segment(text.substring(plainFrom, m.start()), false));
            }
            segments.add(new Segment(address, true));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), false));
        }
        return segments;
    }

    /** Whether the text has a web address that pages would show as a link. */
    public static boolean hasLink(String text) {
        return segments(text).stream().anyMatch(Segment::link);
    }

    private static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address);
            return uri.getHost() != null && !uri.getHost().isEmpty()
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
