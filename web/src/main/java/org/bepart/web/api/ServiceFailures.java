package org.bepart.web.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.bepart.platform.DatabaseOutage;
import org.bepart.web.availability.OutageFilter;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A service that failed answers the API's clients in JSON: 503 with {@code Retry-After} while the database is out of
 * reach, 500 otherwise (logged), never the server's HTML page.
 */
@Provider
public class ServiceFailures implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(ServiceFailures.class.getName());

    @Override
    public Response toResponse(EJBException failure) {
        if (DatabaseOutage.isCause(failure)) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", OutageFilter.RETRY_AFTER_SECONDS).type(InitiativesResource.JSON_UTF8)
                    .entity(new InitiativesResource.ApiError("the database is out of reach; try again later",
                            List.of())).build();
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return Response.serverError().type(InitiativesResource.JSON_UTF8)
                .entity(new InitiativesResource.ApiError("internal error", List.of())).build();
    }
}
