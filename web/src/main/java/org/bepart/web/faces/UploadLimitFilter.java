package org.bepart.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.language.Language;
import org.bepart.web.i18n.LanguageFilter;
import org.bepart.web.i18n.LanguageNegotiation;
import org.bepart.web.i18n.ReaderLanguage;

import java.io.IOException;
import java.util.ResourceBundle;

/**
 * Answers an upload larger than the server takes (the FacesServlet's multipart limit) with a short translated page
 * (413) before anything reads the request's parameters, which would parse the body and fail; the application's own,
 * smaller limits give their messages in the form itself. The page is written here: an error page rendered by Faces
 * would read the parameters of this same request.
 */
@WebFilter(filterName = "UploadLimitFilter", urlPatterns = "/*")
public class UploadLimitFilter extends HttpFilter {

    /** The max-request-size of the FacesServlet in web.xml. */
    public static final long MAX_REQUEST_BYTES = 68_157_440L;

    private Language fallback;

    @Override
    public void init() {
        fallback = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("bepart.default-language", String.class).flatMap(Language::fromTag).orElse(Language.HY);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            String remembered = request.getCookies() == null ? null : java.util.Arrays.stream(request.getCookies())
                    .filter(c -> LanguageFilter.COOKIE.equals(c.getName())).map(jakarta.servlet.http.Cookie::getValue)
                    .findFirst().orElse(null);
            Language language = LanguageNegotiation.decide(null, remembered, request.getHeader("Accept-Language"),
                    fallback);
            ResourceBundle texts = ResourceBundle.getBundle(ReaderLanguage.BUNDLE, language.locale());
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            String home = request.getContextPath() + "/";
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.tag() + "\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + escape(texts.getString("error.413.title")) + " · BePART</title></head><body><main><h1>"
                    + escape(texts.getString("error.413.title")) + "</h1><p>" + escape(texts.getString("error.413.text"))
                    + "</p><p><a href=\"" + home + "\">" + escape(texts.getString("error.home")) + "</a></p></main>"
                    + "</body></html>");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
