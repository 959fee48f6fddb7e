package org.bepart.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on the port the system-test server's {@code mail/bepart} session sends to, and
 * the links people follow from the mails they receive.
 */
final class Mailbox implements AutoCloseable {

    static final int SMTP_PORT = Integer.getInteger("bepart.it.smtpPort", 28025);

    private final GreenMail server;

    Mailbox() {
        this(SMTP_PORT);
    }

    /** A mail server on another port (e.g. the cluster's). */
    Mailbox(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The addresses of every mail received so far, one entry per mail. */
    java.util.List<String> recipients() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    all.add(to.toString().toLowerCase(java.util.Locale.ROOT));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    /** The Message-IDs of the mails received so far, by recipient. */
    java.util.Map<String, java.util.Set<String>> messageIds() {
        java.util.Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                for (Address to : message.getAllRecipients()) {
                    ids.computeIfAbsent(to.toString().toLowerCase(java.util.Locale.ROOT),
                            r -> new java.util.HashSet<>()).add(message.getMessageID());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return ids;
    }

    /** The path and query of the link to {@code path} in the newest mail to {@code recipient}, waiting for it. */
    String link(String recipient, String path) throws InterruptedException {
        Pattern link = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+");
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            MimeMessage[] messages = server.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (isFor(messages[i], recipient)) {
                    Matcher m = link.matcher(body(messages[i]));
                    if (m.find()) {
                        return m.group();
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail with a " + path + " link for " + recipient);
    }

    /** Whether a mail to {@code recipient} containing {@code text} arrives within a minute. */
    boolean receives(String recipient, String text) throws InterruptedException {
        return receives(recipient, text, java.time.Duration.ofMinutes(1));
    }

    /** Whether a mail to {@code recipient} containing {@code text} arrives within {@code wait}. */
    boolean receives(String recipient, String text, java.time.Duration wait) throws InterruptedException {
        long end = System.currentTimeMillis() + wait.toMillis();
        while (System.currentTimeMillis() < end) {
            for (MimeMessage message : server.getReceivedMessages()) {
                if (isFor(message, recipient) && body(message).contains(text)) {
                    return true;
                }
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** The Reply-To of the newest mail to {@code recipient} containing {@code text}, or null. */
    String replyTo(String recipient, String text) {
        MimeMessage[] messages = server.getReceivedMessages();
        for (int i = messages.length - 1; i >= 0; i--) {
            if (isFor(messages[i], recipient) && body(messages[i]).contains(text)) {
                try {
                    Address[] replyTo = messages[i].getReplyTo();
                    return replyTo == null || replyTo.length == 0 ? null : replyTo[0].toString();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    /** How many mails to {@code recipient} have arrived so far. */
    long count(String recipient) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isFor(m, recipient)).count();
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
