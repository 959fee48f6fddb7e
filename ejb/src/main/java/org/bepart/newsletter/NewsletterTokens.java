package org.bepart.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Tokens of newsletter links: 32 random bytes, base64url; of confirmation tokens only the SHA-256 (hex) is kept. */
public final class NewsletterTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private NewsletterTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.strip().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code token} looks like one of ours (so nothing else reaches a query). */
    public static boolean wellFormed(String token) {
        return token != null && token.strip().matches("[A-Za-z0-9_-]{20,64}");
    }
}
