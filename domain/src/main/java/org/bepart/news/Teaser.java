package org.bepart.news;

import java.util.regex.Pattern;

/** Short texts for lists: plain text of a body, cut at a word boundary. */
public final class Teaser {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NUMERIC = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|h[1-6]|li|blockquote)>|<br\\s*/?>");

    private Teaser() {
    }

    /**
     * {@code text} with at most {@code max} characters: unchanged when short enough, else cut after the last whole word
     * that fits, followed by an ellipsis (counted in {@code max}). A single word longer than that is cut hard.
     */
    public static String cut(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must leave room for a word and the ellipsis");
        }
        if (text == null) {
            return "";
        }
        String plain = SPACE.matcher(text).replaceAll(" ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int limit = max - 1;
        int end = limit;
        if (!Character.isWhitespace(plain.charAt(limit))) {
            int space = plain.lastIndexOf(' ', limit);
            end = space > 0 ? space : limit;
        }
        return plain.substring(0, end).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }

    /** The readable text of sanitised HTML: tags removed, common entities decoded, blocks separated by a space. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll("");
        text = NUMERIC.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                Character.toString(m.group(1) != null ? Integer.parseInt(m.group(1), 16)
                        : Integer.parseInt(m.group(2)))));
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
