package org.bepart.web.availability;

import org.bepart.language.Language;

import java.util.ResourceBundle;

/**
 * The HTML of a short translated page (a heading, a paragraph, a link home), with no dependency beyond the JDK and
 * the bundle: the application writes it when it cannot render a page, and the demo's start-up page
 * ({@code ear/src/main/payara/StartingPage.java}) while the application is not there yet.
 */
public final class PageHtml {

    /** The one bundle of user-facing texts. */
    public static final String BUNDLE = "org.bepart.i18n.messages";

    private PageHtml() {
    }

    /**
     * The page in {@code language}: texts from the bundle keys {@code titleKey} and {@code textKey}; a page that
     * reloads itself after {@code refreshSeconds} when that is above 0.
     */
    public static String of(Language language, String contextPath, String titleKey, String textKey,
                            int refreshSeconds) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
        String title = escape(texts.getString(titleKey));
        return "<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + (refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "")
                + "<title>" + title + " · BePART</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(contextPath)
                + "/jakarta.faces.resource/css/bepart.css.xhtml?ln=bepart\"></head><body><main id=\"main\">"
                + "<div class=\"container\"><section class=\"error-page\"><h1>" + title + "</h1><p class=\"lead\">"
                + escape(texts.getString(textKey)) + "</p><p><a href=\"" + escape(contextPath + "/") + "\">"
                + escape(texts.getString("error.home")) + "</a></p></section></div></main></body></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
