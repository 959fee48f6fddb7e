package org.bepart.web.audit;

import org.bepart.account.Account;
import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditFilter;
import org.bepart.audit.AuditTrail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The filters of the audit trail as the page and the CSV export read them from the address: {@code who},
 * {@code action} (an {@link AuditAction} name), {@code from} and {@code to} (days, yyyy-mm-dd), {@code page}. A value
 * that means nothing gives the bundle key of a message ({@link #error()}), never an exception.
 */
record AuditQuery(String who, String action, String from, String to, String page) {

    static AuditQuery of(Function<String, String> parameters) {
        return new AuditQuery(blankToNull(parameters.apply("who")), blankToNull(parameters.apply("action")),
                blankToNull(parameters.apply("from")), blankToNull(parameters.apply("to")),
                blankToNull(parameters.apply("page")));
    }

    /** The bundle key of what is wrong with the filters, or null when they are all right. */
    String error() {
        if (who != null && who.length() > Account.EMAIL_MAX) {
            return "audit.error.who";
        }
        if (action != null && parseAction() == null) {
            return "audit.error.action";
        }
        LocalDate first;
        LocalDate last;
        try {
            first = day(from);
            last = day(to);
        } catch (DateTimeParseException e) {
            return "audit.error.date";
        }
        if (first != null && last != null && first.isAfter(last)) {
            return "audit.error.range";
        }
        if (page != null && !page.matches("[1-9][0-9]{0,3}")) {
            return "audit.error.page";
        }
        return null;
    }

    /** The service's filter; only when {@link #error()} is null. */
    AuditFilter filter() {
        return AuditFilter.of(who, parseAction(), day(from), day(to));
    }

    int pageNumber() {
        return page == null ? 1 : Math.min(AuditTrail.MAX_PAGE, Integer.parseInt(page));
    }

    /** The query string of these filters with another page (none for the first), starting with ? when not empty. */
    String query(int pageNumber) {
        List<String> parts = new ArrayList<>();
        add(parts, "who", who);
        add(parts, "action", action);
        add(parts, "from", from);
        add(parts, "to", to);
        if (pageNumber > 1) {
            parts.add("page=" + pageNumber);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    boolean isFiltered() {
        return who != null || action != null || from != null || to != null;
    }

    private AuditAction parseAction() {
        if (action == null) {
            return null;
        }
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(action)) {
                return a;
            }
        }
        return null;
    }

    private static LocalDate day(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != 10) {
            throw new DateTimeParseException("not a day", text, 0);
        }
        return LocalDate.parse(text);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
