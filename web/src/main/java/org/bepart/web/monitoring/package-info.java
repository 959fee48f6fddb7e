/**
 * What IT staff's monitoring reads at {@code /metrics} (MicroProfile Metrics, Prometheus format): requests by page
 * type, the page cache, searches, the outbox, the change log and the background jobs.
 */
package org.bepart.web.monitoring;
