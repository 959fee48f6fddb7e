package org.bepart.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Accounts the system tests write straight into the server's database, for pages that need people of each role. */
final class TestAccounts {

    private TestAccounts() {
    }

    /** A verified English account with one role, member of {@code organisation} unless it is null. */
    static void insert(Connection db, long id, String email, String name, String passwordHash, String role,
                       Long organisation) throws SQLException {
        exec(db, "INSERT INTO account (id, email, display_name, password_hash, language, created_at, verified_at) "
                + "VALUES (?, ?, ?, ?, 'EN', NOW(), NOW())", id, email, name, passwordHash);
        exec(db, "INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        if (organisation != null) {
            exec(db, "INSERT INTO account_organisation (account_id, organisation_id) VALUES (?, ?)", id, organisation);
        }
    }

    /** The languages (codes such as {@code FR}) an account holding the TRANSLATOR role translates into. */
    static void translatesInto(Connection db, long id, String... languages) throws SQLException {
        for (String language : languages) {
            exec(db, "INSERT INTO account_translation_language (account_id, language) VALUES (?, ?)", id, language);
        }
    }

    private static void exec(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
