package org.bepart.web.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a mail as HTML for a block that keeps its line breaks: everything escaped, then each http or https
 * address turned into a link whose text is the address. No other scheme is ever linked ({@code javascript:},
 * {@code data:}…), and nothing of the mail can open or close an element.
 */
public final class MailText {

    /** An http(s) address: up to a space, a quote or an angle bracket (which mails put around addresses). */
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that ends a sentence rather than an address, in the four languages. */
    private static final String TRAILING = ".,;:!?'*_«»“”„‘’…։՝՜՞";

    private MailText() {
    }

    /** {@code text} escaped for HTML, its http(s) addresses as links. */
    public static String html(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(text.length() + 64);
        Matcher m = URL.matcher(text);
        int done = 0;
        while (m.find()) {
            String url = trim(m.group());
            if (url.indexOf("://") + 3 >= url.length()) {
                continue; // "http://" and nothing after it
            }
            escape(text.substring(done, m.start()), html);
            html.append("<a href=\"");
            escape(url, html);
            html.append("\">");
            escape(url, html);
            html.append("</a>");
            done = m.start() + url.length();
        }
        escape(text.substring(done), html);
        return html.toString();
    }

    /** Without the punctuation that follows an address in a sentence, and closing brackets it did not open. */
    static String trim(String url) {
        String trimmed = url;
        while (!trimmed.isEmpty()) {
            char last = trimmed.charAt(trimmed.length() - 1);
            if (TRAILING.indexOf(last) >= 0 || unbalanced(trimmed, last)) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            } else {
                break;
            }
        }
        return trimmed;
    }

    private static boolean unbalanced(String url, char last) {
        char open = switch (last) {
            case ')' -> '(';
            case ']' -> '[';
            case '}' -> '{';
            default -> 0;
        };
        return open != 0 && url.chars().filter(c -> c == open).count() < url.chars().filter(c -> c == last).count();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
