/** The public history page of an initiative (/initiatives/{id}/history): its versions and what changed. */
package org.bepart.web.history;
