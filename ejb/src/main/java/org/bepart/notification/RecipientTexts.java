package org.bepart.notification;

import org.bepart.language.Language;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the shared bundle in a recipient's language, for mails and notifications written by services. */
public final class RecipientTexts {

    public static final String BUNDLE = "org.bepart.i18n.messages";

    private RecipientTexts() {
    }

    public static String text(Language language, String key) {
        return ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    }

    /** The text with its {0}, {1}… placeholders filled in (MessageFormat rules). */
    public static String format(Language language, String key, Object... arguments) {
        return new MessageFormat(text(language, key), language.locale()).format(arguments);
    }

    /** The label of a fixed value, under the key {@code EnumType.CONSTANT}. */
    public static String label(Language language, Enum<?> value) {
        return text(language, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
