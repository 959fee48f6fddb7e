package org.bepart.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.language.Language;
import org.bepart.organisation.Organisation;
import org.bepart.shared.EmailAddressValidator;
import org.bepart.shared.Require;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in. Identified by a verified e-mail address (stored in lower case); holds roles and belongs to
 * organisations. Deleting an account removes its personal data but keeps the row, so that what it did stays attributed
 * to "a deleted account" and the initiatives it submitted stay with their organisation.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.FIND_BY_ROLE,
        query = "SELECT a FROM Account a JOIN a.roles r WHERE r = :role AND a.deletedAt IS NULL ORDER BY a.email")
@NamedQuery(name = Account.FIND_TRANSLATORS, query = "SELECT DISTINCT a FROM Account a JOIN a.roles r "
        + "JOIN a.translationLanguages l WHERE r = org.bepart.account.Role.TRANSLATOR AND l = :language "
        + "AND a.deletedAt IS NULL ORDER BY a.id")
@NamedQuery(name = Account.COUNT_ACTIVE_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r "
        + "WHERE r = :role AND a.deletedAt IS NULL AND a.verifiedAt IS NOT NULL AND a.blockedAt IS NULL")
@NamedQuery(name = Account.FIND_BY_ORGANISATION, query =
        "SELECT a FROM Account a JOIN a.organisations o WHERE o = :organisation AND a.deletedAt IS NULL ORDER BY a.email")
@NamedQuery(name = Account.FIND_SHOWN_BY_ORGANISATION, query = "SELECT a FROM Account a JOIN a.organisations o "
        + "WHERE o.id = :organisation AND a.profilePublic = TRUE AND a.deletedAt IS NULL AND a.blockedAt IS NULL "
        + "AND a.verifiedAt IS NOT NULL ORDER BY a.displayName, a.id")
public class Account {

    /** The accounts holding the translator's role that translate into {@code :language}. */
    public static final String FIND_TRANSLATORS = "Account.findTranslators";

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    /** The members of {@code :organisation} (its id) who show their public profile. */
    public static final String FIND_SHOWN_BY_ORGANISATION = "Account.findShownByOrganisation";
    public static final int BIO_MAX = 600;
    public static final String FIND_BY_ROLE = "Account.findByRole";
    public static final String FIND_BY_ORGANISATION = "Account.findByOrganisation";
    /** How many accounts with a role may sign in (verified, not deleted, not blocked). */
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 120;
    public static final int HASH_MAX = 400;
    public static final int BLOCK_REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Version
    private int version;

    /** Lower case; null once the account is deleted. */
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX, unique = true)
    private String email;

    @Size(max = NAME_MAX)
    @Column(name = "display_name", length = NAME_MAX)
    private String displayName;

    @Size(max = HASH_MAX)
    @Column(name = "password_hash", length = HASH_MAX)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The languages a translator translates into (read only by the translations' services and pages). */
    @ElementCollection
    @CollectionTable(name = "account_translation_language", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 2)
    private Set<Language> translationLanguages = EnumSet.noneOf(Language.class);

    @ManyToMany
    @JoinTable(name = "account_organisation", joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new HashSet<>();

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Raised to end every session of the account; each session remembers the epoch it began in. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** When an administrator blocked the account; null while it is not blocked. */
    @Column(name = "blocked_at")
    private Instant blockedAt;

    /** Why it was blocked, as the administrator told its owner. */
    @Size(max = BLOCK_REASON_MAX)
    @Column(name = "blocked_reason", length = BLOCK_REASON_MAX)
    private String blockedReason;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** Whether the person chose to have a public profile (name, organisations, bio, initiatives). */
    @Column(name = "profile_public", nullable = false)
    private boolean profilePublic;

    /** A few plain-text lines about the person, for the public profile; null when none. */
    @Size(max = BIO_MAX)
    @Column(length = BIO_MAX)
    private String bio;

    protected Account() {
    }

    /** A new, unverified account with the contributor role. */
    public Account(String email, String displayName, String passwordHash, Language language, Instant now) {
        this.email = normaliseEmail(email);
        this.displayName = Require.maxLength(Require.notBlank(displayName, "name"), NAME_MAX, "name");
        this.passwordHash = Require.notBlank(passwordHash, "password hash");
        this.language = Require.notNull(language, "language");
        this.createdAt = Require.notNull(now, "now");
        this.roles.add(Role.CONTRIBUTOR);
    }

    /** Lower case and stripped; refuses anything that is not shaped like an address. */
    public static String normaliseEmail(String email) {
        String address = Require.notBlank(email, "e-mail").toLowerCase(Locale.ROOT);
        Require.maxLength(address, EMAIL_MAX, "e-mail");
        if (!EmailAddressValidator.isValid(address)) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        return address;
    }

    public void verify(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = Require.notNull(now, "now");
        }
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Verified, not deleted and not blocked: may sign in. */
    public boolean isActive() {
        return isVerified() && !isDeleted() && !isBlocked();
    }

    public boolean isBlocked() {
        return blockedAt != null;
    }

    /** Blocks the account for {@code reason}: it can no longer sign in, and every session of it ends. */
    public void block(String reason, Instant now) {
        if (isDeleted()) {
            throw new IllegalStateException("account " + id + " is deleted");
        }
        blockedReason = Require.maxLength(Require.notBlank(reason, "reason"), BLOCK_REASON_MAX, "reason");
        blockedAt = Require.notNull(now, "now");
        endSessions();
    }

    /** Lifts the block: the account may sign in again. */
    public void unblock() {
        blockedAt = null;
        blockedReason = null;
    }

    /**
     * Shows or hides the public profile, with its bio (blank for none). Blocked and deleted accounts are never shown,
     * whatever they chose.
     */
    public void chooseProfile(boolean shown, String bio) {
        String text = bio == null || bio.isBlank() ? null : bio.strip();
        this.bio = text == null ? null : Require.maxLength(text, BIO_MAX, "bio");
        this.profilePublic = shown;
    }

    /** Whether readers may see the profile: chosen, and the account verified, not blocked, not deleted. */
    public boolean isProfileShown() {
        return profilePublic && isActive();
    }

    public boolean isProfilePublic() {
        return profilePublic;
    }

    public String getBio() {
        return bio;
    }

    /** Records a successful sign-in. */
    public void signedIn(Instant now) {
        lastSignInAt = Require.notNull(now, "now");
    }

    /** A new password; every session of the account ends. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Require.notBlank(passwordHash, "password hash");
        endSessions();
    }

    /** Ends every session of the account, on every server: they began in an older epoch. */
    public void endSessions() {
        sessionEpoch++;
    }

    public void rename(String displayName) {
        this.displayName = Require.maxLength(Require.notBlank(displayName, "name"), NAME_MAX, "name");
    }

    public void preferLanguage(Language language) {
        this.language = Require.notNull(language, "language");
    }

    public void grant(Role role) {
        roles.add(Require.notNull(role, "role"));
    }

    public void revoke(Role role) {
        roles.remove(Require.notNull(role, "role"));
    }

    public boolean hasRole(Role role) {
        return !isDeleted() && roles.contains(role);
    }

    public void join(Organisation organisation) {
        organisations.add(Require.notNull(organisation, "organisation"));
    }

    public void leave(Organisation organisation) {
        organisations.remove(organisation);
    }

    public boolean isMemberOf(Organisation organisation) {
        return !isDeleted() && organisation != null && organisations.contains(organisation);
    }

    /**
     * Removes the personal data: e-mail, name, password, the reason of a block, roles, memberships and the public
     * profile. The row stays for attribution.
     */
    public void delete(Instant now) {
        endSessions();
        profilePublic = false;
        bio = null;
        email = null;
        displayName = null;
        passwordHash = null;
        blockedReason = null;
        roles.clear();
        translationLanguages.clear();
        organisations.clear();
        deletedAt = Require.notNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return language;
    }

    /** Sets the languages this account translates into. */
    public void translateInto(Set<Language> languages) {
        translationLanguages.clear();
        translationLanguages.addAll(Require.notNull(languages, "languages"));
    }

    public Set<Language> getTranslationLanguages() {
        return Collections.unmodifiableSet(translationLanguages);
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Organisation> getOrganisations() {
        return Collections.unmodifiableSet(organisations);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public Instant getBlockedAt() {
        return blockedAt;
    }

    public String getBlockedReason() {
        return blockedReason;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }
}
