package org.bepart.newsletter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail behind {@code mail/bepart} in the service tests, shared with the other test deployments of this JVM
 * through the same system property as org.bepart.account.TestMailServer (each deployment has its own GreenMail
 * classes; Jakarta Mail's are the server's).
 */
final class MailCatcher {

    private static final String SHARED = "bepart.it.greenmail";

    private MailCatcher() {
    }

    static synchronized Object start() {
        Object server = System.getProperties().get(SHARED);
        if (server == null) {
            int port = Integer.parseInt(System.getProperty("bepart.it.smtpPort", "27025"));
            GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            System.getProperties().put(SHARED, greenMail);
            server = greenMail;
        }
        return server;
    }

    private static MimeMessage[] messages() {
        Object server = start();
        try {
            return (MimeMessage[]) server.getClass().getMethod("getReceivedMessages").invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every mail received so far for {@code recipient}. */
    static List<Mail> receivedBy(String recipient) {
        return Arrays.stream(messages()).map(Mail::of).filter(m -> m.to().contains(recipient)).toList();
    }

    /** A mail for {@code recipient} that {@code filter} accepts, waiting up to 60 seconds. */
    static Mail await(String recipient, Predicate<Mail> filter) {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            for (Mail mail : receivedBy(recipient)) {
                if (filter.test(mail)) {
                    return mail;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no such mail for " + recipient + " within 60 s; got " + receivedBy(recipient));
    }

    record Mail(List<String> to, String subject, String body, String listUnsubscribe) {

        static Mail of(MimeMessage message) {
            try {
                Address[] recipients = message.getAllRecipients();
                return new Mail(Arrays.stream(recipients).map(Address::toString).toList(), message.getSubject(),
                        String.valueOf(message.getContent()), message.getHeader("List-Unsubscribe", ","));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The token of the first link to {@code path} in the body. */
        String token(String path) {
            Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no " + path + " link in: " + body);
            }
            return m.group(1);
        }
    }
}
