package org.bepart.web.diagnostics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.bepart.shared.SqlStatements;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The API's side of {@link SqlStatementsFilter}: the resource has done its reading when this runs, and the header
 * still goes out before the body.
 */
@Provider
public class SqlStatementsResponseFilter implements ContainerResponseFilter {

    private final boolean enabled = ConfigProvider.getConfig()
            .getOptionalValue(SqlStatementsFilter.KEY, Boolean.class).orElse(false);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(SqlStatementsFilter.HEADER, Integer.toString(SqlStatements.count()));
        }
    }
}
