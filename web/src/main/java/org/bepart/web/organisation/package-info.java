/**
 * Organisations: a member's list and forms (/account/organisations…), the public directory (/organisations) and
 * the public profile (/organisations/{id}).
 */
package org.bepart.web.organisation;
