/**
 * Organisations and their members: creating and describing an organisation, adding members, leaving, and the public
 * profile with the organisation's public initiatives.
 */
package org.bepart.organisation;
