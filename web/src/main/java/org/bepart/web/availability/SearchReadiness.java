package org.bepart.web.availability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.bepart.search.ChangeFollower;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): DOWN until this server's search index has caught up with the change log after
 * start-up, and while it lags more than {@code bepart.health.max-changes-behind} (100) changes behind it, so that a
 * load balancer sends no searches to a server whose index misses what the others show.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @EJB
    private ChangeFollower follower;

    @Override
    public HealthCheckResponse call() {
        long limit = ConfigProvider.getConfig().getOptionalValue("bepart.health.max-changes-behind", Long.class)
                .orElse(100L);
        ChangeFollower.State state = follower.state();
        var response = HealthCheckResponse.named("search-index").withData("applied", state.high());
        try {
            long behind = follower.behind();
            return response.status(state.caughtUp() && behind <= limit).withData("behind", behind).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "the change log cannot be read: " + e.getMessage()).build();
        }
    }
}
