package org.bepart.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;

/** The server's outbox, read straight from the system tests' database. */
final class TestOutbox {

    private TestOutbox() {
    }

    /**
     * Waits until no mail to {@code recipients} waits in the outbox any more (each is sent or given up): every mail
     * the server will ever send them has then reached the mail server, and a second copy of one would be there.
     */
    static void awaitHandedOver(Collection<String> recipients, Duration limit) throws InterruptedException {
        awaitHandedOver(System.getProperty("bepart.it.db.url"), recipients, limit);
    }

    /** The same, for the server whose database is at {@code url}. */
    static void awaitHandedOver(String url, Collection<String> recipients, Duration limit)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        long waiting = waiting(url, recipients);
        while (waiting > 0 && System.nanoTime() < end) {
            Thread.sleep(500);
            waiting = waiting(url, recipients);
        }
        if (waiting > 0) {
            throw new AssertionError(waiting + " mails to " + recipients + " still in the outbox after " + limit);
        }
    }

    private static long waiting(String url, Collection<String> recipients) {
        String in = String.join(", ", Collections.nCopies(recipients.size(), "?"));
        try (Connection db = DriverManager.getConnection(url, System.getProperty("bepart.it.db.user", "bepart"),
                System.getProperty("bepart.it.db.password", "bepart"));
             PreparedStatement s = db.prepareStatement("SELECT COUNT(*) FROM outgoing_mail WHERE sent_at IS NULL "
                     + "AND failed_at IS NULL AND LOWER(recipient) IN (" + in + ")")) {
            int i = 1;
            for (String recipient : recipients) {
                s.setString(i++, recipient.toLowerCase(java.util.Locale.ROOT));
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
