/**
 * The demo: demo initiatives, news, contests and events, loaded into an empty database only when the demo run asks for
 * them ({@code bepart.demo-data}), and the demo mailbox ({@link org.bepart.demo.DemoMailbox}), which shows
 * administrators the mails a demo's mail catcher caught instead of delivering them ({@code bepart.demo.mailbox-url}).
 */
package org.bepart.demo;
