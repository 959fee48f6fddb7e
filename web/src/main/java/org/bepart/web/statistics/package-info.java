/** The statistics page: the public initiatives counted by country, stage, level, theme and year. */
package org.bepart.web.statistics;
