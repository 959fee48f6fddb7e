/** Organisations: a member's list and forms (/account/organisations…) and the public profile (/organisations/{id}). */
package org.bepart.web.organisation;
