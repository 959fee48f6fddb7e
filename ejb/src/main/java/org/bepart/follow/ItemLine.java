package org.bepart.follow;

import org.bepart.notification.MailSettings;

/** An item's text in a language and the path of its public page. */
record ItemLine(String text, String path) {

    /** The item in a mail: its text, and its link on the next line. */
    String forMail() {
        return text + "\n  " + MailSettings.link(path);
    }
}
