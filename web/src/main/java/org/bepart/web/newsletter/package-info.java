/** The newsletter: subscription, confirmation and unsubscription links, and the editors' digest page. */
package org.bepart.web.newsletter;
