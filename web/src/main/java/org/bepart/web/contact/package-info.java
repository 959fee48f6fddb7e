/**
 * The contact form of initiatives ({@code /contact?initiative=…&side=…}): visitors write to a contact person whose
 * address the public page does not show; the message is relayed by mail.
 */
package org.bepart.web.contact;
