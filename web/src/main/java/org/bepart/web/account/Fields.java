package org.bepart.web.account;

import org.bepart.shared.BusinessException;
import org.bepart.web.faces.Messages;

/** Puts a refused account operation's message next to the field it concerns, else above the form. */
final class Fields {

    private Fields() {
    }

    /** {@code form} is the form's id with its separator, e.g. "register:". */
    static void show(Messages messages, String form, BusinessException e) {
        String key = e.getMessageKey();
        if (key.startsWith("password.")) {
            messages.errorFor(form + "password", key);
        } else if ("register.emailInvalid".equals(key)) {
            messages.errorFor(form + "email", key);
        } else if ("register.consentRequired".equals(key)) {
            messages.errorFor(form + "consent", key);
        } else if ("profile.wrongPassword".equals(key)) {
            messages.errorFor(form + "current", key);
        } else {
            messages.error(key);
        }
    }
}
