/**
 * The contact persons of initiatives, by consent: each contact chooses whether the public page shows the e-mail
 * address; visitors write to the others through a form whose messages are relayed by mail (the recipient answers by
 * replying), behind a honeypot and a rate limit ({@link org.bepart.contact.ContactLimit}).
 */
package org.bepart.contact;
