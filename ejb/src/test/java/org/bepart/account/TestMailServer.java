package org.bepart.account;

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

/**
 * GreenMail as the SMTP server of the service tests, inside Payara Micro on the port its mail session
 * {@code mail/bepart} points to (ejb/src/test/payara/postboot.asadmin). Started on first use by whichever test
 * deployment comes first, shared by the others, ends with the JVM.
 */
public final class TestMailServer {

    /** Where the running server is kept for every test deployment of this JVM (each has its own GreenMail classes). */
    static final String SHARED = "bepart.it.greenmail";

    private TestMailServer() {
    }

    /** Starts GreenMail unless another test deployment of this JVM already did; returns that server. */
    public static synchronized Object get() {
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

    /** The mails received so far (Jakarta Mail's classes are the server's, shared by every deployment). */
    static MimeMessage[] messages() {
        Object server = get();
        try {
            return (MimeMessage[]) server.getClass().getMethod("getReceivedMessages").invoke(server);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail received for {@code recipient} that {@code filter} accepts, waiting up to 30 seconds for it. */
    public static Mail await(String recipient, Predicate<Mail> filter) {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            for (MimeMessage message : messages()) {
                Mail mail = Mail.of(message);
                if (mail.to().contains(recipient) && filter.test(mail)) {
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
        throw new AssertionError("no mail for " + recipient + " within 30 s");
    }

    static Mail await(String recipient) {
        return await(recipient, mail -> true);
    }

    /** Every mail received so far for {@code recipient}. */
    public static List<Mail> receivedBy(String recipient) {
        return Arrays.stream(messages()).map(Mail::of).filter(m -> m.to().contains(recipient))
                .toList();
    }

    public record Mail(List<String> to, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                Address[] recipients = message.getAllRecipients();
                return new Mail(Arrays.stream(recipients).map(Address::toString).toList(), message.getSubject(),
                        String.valueOf(message.getContent()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The value of {@code token} in the first link of the body that contains {@code path}. */
        String token(String path) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile(java.util.regex.Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no " + path + " link in: " + body);
            }
            return m.group(1);
        }
    }
}
