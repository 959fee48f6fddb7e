/**
 * What the application needs from its server: the database (its pool, its migrations, telling an outage from other
 * failures, probing it), the clock, and the generation of public content.
 */
package org.bepart.platform;
