/**
 * The demo mailbox {@code /admin/mailbox}: administrators of a demo read the mails the demo's mail catcher caught
 * instead of delivering them, and follow their links. Without {@code bepart.demo.mailbox-url} the page does not exist
 * (404) and the back office does not link to it.
 */
package org.bepart.web.demo;
