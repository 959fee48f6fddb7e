package org.bepart.web.diagnostics;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.bepart.shared.SqlStatements;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * With {@code bepart.diagnostics=true}, tells in the header {@value #HEADER} how many SQL statements a page cost. The
 * header is set when the response is about to be committed, so the whole page is counted.
 */
@WebFilter(filterName = "SqlStatementsFilter", urlPatterns = "/*")
public class SqlStatementsFilter extends HttpFilter {

    public static final String HEADER = "X-SQL-Statements";
    public static final String KEY = "bepart.diagnostics";

    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            SqlStatements.reset();
            response.setBufferSize(512 * 1024);
        }
        // A forward commits the response as it returns: the forwarded dispatch marks it before that.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void flushBuffer() throws IOException {
                mark(response);
                super.flushBuffer();
            }
        });
        mark(response);
    }

    private static void mark(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(SqlStatements.count()));
        }
    }
}
