package org.bepart.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Style sheets and scripts are compressed by the server when the browser takes gzip (server.sh, {@code compression});
 * a cache in front must then keep the two forms apart.
 */
@WebFilter(filterName = "ResourceHeaders", urlPatterns = "/jakarta.faces.resource/*")
public class ResourceHeaders extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Accept-Encoding");
        chain.doFilter(request, response);
    }
}
