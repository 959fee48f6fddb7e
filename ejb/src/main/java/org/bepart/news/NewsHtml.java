package org.bepart.news;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The HTML a news body may hold, enforced on the server before anything is stored: paragraphs, headings, lists,
 * links (http, https, mailto; rel nofollow noopener), emphasis, block quotes, and images only from the platform's own
 * image addresses. Scripts, styles, frames, event handlers and {@code javascript:} addresses never pass.
 */
public final class NewsHtml {

    /** Images the platform serves itself: the news image library and initiatives' media. */
    static final Pattern OWN_IMAGE = Pattern.compile("/(?:news/images|media)/[A-Za-z0-9][A-Za-z0-9/_.-]*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
                    "blockquote", "a", "img")
            // The page's own heading is the only h1: an h1 typed in the body becomes a section heading.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src").matching(OWN_IMAGE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(Pattern.compile("[0-9]{1,4}")).onElements("img")
            // Quill writes every list as <ol> and tells bullets apart by this attribute.
            .allowAttributes("data-list").matching(Pattern.compile("bullet|ordered")).onElements("li")
            .toFactory();

    private NewsHtml() {
    }

    /** The safe part of {@code html}; null when nothing readable is left. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        boolean empty = Teaser.plainText(safe).isBlank() && !safe.contains("<img");
        return empty ? null : safe;
    }
}
