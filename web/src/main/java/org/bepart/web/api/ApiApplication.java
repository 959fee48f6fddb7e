package org.bepart.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The open-data API, version 1. Its OpenAPI description is served by the server at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "BePART open data", version = "1",
        description = "Public initiatives of civil participation in public decision-making, with the catalogue's "
                + "filters. Every field is explained on the codebook page (/codebook).",
        license = @License(name = "Open data: free to reuse")))
public class ApiApplication extends Application {
}
