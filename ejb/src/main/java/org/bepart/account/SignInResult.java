package org.bepart.account;

import java.util.Optional;

/**
 * What a sign-in came to: the account that proved who it is, or a refusal. A blocked account that gave its right
 * password learns why it was blocked ({@code blockedReason}); any other refusal says nothing about the address.
 */
public record SignInResult(SignedIn account, String blockedReason) {

    static SignInResult refused() {
        return new SignInResult(null, null);
    }

    static SignInResult blocked(String reason) {
        return new SignInResult(null, reason);
    }

    public Optional<SignedIn> signedIn() {
        return Optional.ofNullable(account);
    }

    public boolean isBlocked() {
        return blockedReason != null;
    }
}
