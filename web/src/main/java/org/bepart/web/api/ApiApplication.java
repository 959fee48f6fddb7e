package org.bepart.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The open-data API, version 1. Its OpenAPI description is served by the server at {@code /openapi}. */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
