package org.bepart.account;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GreenMail as the SMTP server of the service tests, inside Payara Micro on the port its mail session
 * {@code mail/bepart} points to (ejb/src/test/payara/postboot.asadmin). Started on first use, ends with the JVM;
 * the test deployment holds its {@link #libraries()}.
 */
public final class TestMailServer {

    /** Where the running server is kept for every test deployment of this JVM (each has its own GreenMail classes). */
    static final String SHARED = "bepart.it.greenmail";

    private static final long WAIT_MILLIS = 60_000;

    private TestMailServer() {
    }

    /** GreenMail's jars, for the test deployment (read outside the server, where the build puts them). */
    public static File[] libraries() {
        return Objects.requireNonNull(new File(System.getProperty("bepart.testMailLibs"))
                .listFiles((dir, name) -> name.endsWith(".jar")));
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

    /** A mail received for {@code recipient} that {@code filter} accepts, waiting up to 60 seconds for it. */
    public static Mail await(String recipient, Predicate<Mail> filter) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
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
        throw new AssertionError("no such mail for " + recipient + " within " + WAIT_MILLIS / 1000 + " s; got "
                + receivedBy(recipient));
    }

    /** The first mail received for {@code recipient}, waiting up to 60 seconds for it. */
    public static Mail await(String recipient) {
        return await(recipient, mail -> true);
    }

    /** Every mail received so far for {@code recipient}. */
    public static List<Mail> receivedBy(String recipient) {
        return Arrays.stream(messages()).map(Mail::of).filter(m -> m.to().contains(recipient)).toList();
    }

    /** One received mail: its recipients, subject, body and List-Unsubscribe header (null when absent). */
    public record Mail(List<String> to, String subject, String body, String listUnsubscribe) {

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

        /** The value of {@code token} in the first link of the body that contains {@code path}. */
        public String token(String path) {
            Matcher m = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no " + path + " link in: " + body);
            }
            return m.group(1);
        }
    }
}
