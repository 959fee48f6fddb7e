package org.bepart.organisation;

import org.bepart.shared.Coded;

import java.util.Optional;

/** How the directory of organisations is sorted. */
public enum DirectoryOrder implements Coded {
    /** By name, A to Z. */
    NAME("name"),
    /** Most public initiatives first, then by name. */
    INITIATIVES("initiatives");

    private final String code;

    DirectoryOrder(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<DirectoryOrder> fromCode(String code) {
        return Coded.find(DirectoryOrder.class, code);
    }
}
