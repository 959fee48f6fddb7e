package org.bepart.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bepart.web.availability.PlainPage;

import java.io.IOException;

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.setHeader("Connection", "close");
            PlainPage.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413.title",
                    "error.413.text");
            return;
        }
        chain.doFilter(request, response);
    }
}
