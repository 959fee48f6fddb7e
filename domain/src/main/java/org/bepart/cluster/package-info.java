/**
 * What the servers of a cluster share through the database: the log of content changes that each server applies to
 * its own search index and page cache, and the named locks and leases that make work run once per cluster.
 */
package org.bepart.cluster;
