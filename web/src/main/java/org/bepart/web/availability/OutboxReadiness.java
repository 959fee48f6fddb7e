package org.bepart.web.availability;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.bepart.notification.OutboxBacklog;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness ({@code /health/ready}): the outbox's backlog, DOWN when more than {@code bepart.health.max-overdue-mails}
 * (1000) mails wait over 15 minutes after they were due — the mail server refuses them or no sender keeps up. The
 * counts are shown either way.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @EJB
    private OutboxBacklog backlog;

    @Override
    public HealthCheckResponse call() {
        long limit = ConfigProvider.getConfig().getOptionalValue("bepart.health.max-overdue-mails", Long.class)
                .orElse(1000L);
        var response = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog.Counts counts = backlog.counts();
            return response.status(counts.overdue() <= limit).withData("waiting", counts.waiting())
                    .withData("overdue", counts.overdue()).withData("failed", counts.failed()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "the outbox cannot be read: " + e.getMessage()).build();
        }
    }
}
