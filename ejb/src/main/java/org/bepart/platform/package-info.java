/**
 * What the application needs from its server: the database (its pool, its migrations, telling an outage from other
 * failures, probing it), the clock, the generation of public content, cluster leases, and background work (periodic
 * schedules, and jobs that run one at a time with their progress: {@link org.bepart.platform.BackgroundJob}).
 */
package org.bepart.platform;
