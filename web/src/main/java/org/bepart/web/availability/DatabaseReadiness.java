package org.bepart.web.availability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.bepart.platform.DatabaseProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness ({@code /health/ready}): DOWN while the database does not answer, so a load balancer looks elsewhere. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    private DatabaseProbe probe;

    @Override
    public HealthCheckResponse call() {
        var problem = probe.problem();
        var response = HealthCheckResponse.named("database").status(problem.isEmpty());
        problem.ifPresent(p -> response.withData("error", p));
        return response.build();
    }
}
