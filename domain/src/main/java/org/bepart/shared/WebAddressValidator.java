package org.bepart.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks {@link WebAddress}; its static check serves entities and forms alike. */
public class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

    private int max;

    /**
     * Whether {@code link} is at most {@code max} characters, has no spaces, quotes or angle brackets, and
     * {@link URI} reads it as an absolute http or https address with a host.
     */
    public static boolean isValid(String link, int max) {
        if (link == null || link.isEmpty() || link.length() > max || link.chars().anyMatch(c -> c <= ' '
                || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public void initialize(WebAddress constraint) {
        max = constraint.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // Blank means "none": forms and services treat it as absent.
        return value == null || value.isBlank() || isValid(value, max);
    }
}
