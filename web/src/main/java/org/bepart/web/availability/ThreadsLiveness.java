package org.bepart.web.availability;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Liveness ({@code /health/live}): DOWN when threads of the server are deadlocked, which only a restart cures; it
 * never depends on the database or the mail server (an outage there is for readiness). Shows the heap in use.
 */
@Liveness
@ApplicationScoped
public class ThreadsLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named("threads").status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
                .withData("heap-used-mb", heap.getUsed() / (1024 * 1024))
                .withData("heap-max-mb", heap.getMax() / (1024 * 1024)).build();
    }
}
