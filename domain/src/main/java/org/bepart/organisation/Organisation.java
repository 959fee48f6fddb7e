package org.bepart.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;
import org.bepart.shared.Require;
import org.bepart.shared.WebAddressValidator;

import java.time.Instant;

/** A public authority, civil-society organisation or research institution, with a public profile page. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
@NamedQuery(name = Organisation.FIND_BY_NAME_AND_COUNTRY,
        query = "SELECT o FROM Organisation o WHERE LOWER(o.name) = :name AND o.country = :country")
@NamedQuery(name = Organisation.COUNT_DIRECTORY, query = "SELECT COUNT(o) FROM Organisation o" + Organisation.DIRECTORY)
@NamedQuery(name = Organisation.FIND_DIRECTORY_BY_NAME,
        query = Organisation.DIRECTORY_ROWS + " ORDER BY LOWER(o.name), o.id")
@NamedQuery(name = Organisation.FIND_DIRECTORY_BY_INITIATIVES,
        query = Organisation.DIRECTORY_ROWS + " ORDER BY initiatives DESC, LOWER(o.name), o.id")
@NamedQuery(name = Organisation.COUNT_ADMIN, query = "SELECT COUNT(o) FROM Organisation o" + Organisation.ADMIN)
@NamedQuery(name = Organisation.FIND_ADMIN, query = "SELECT o.id, o.version, o.name, o.kind, o.country, o.verifiedAt,"
        + " o.createdAt,"
        + " (SELECT COUNT(a) FROM Account a JOIN a.organisations m WHERE m = o),"
        + " (SELECT COUNT(i) FROM Initiative i WHERE i.owner = o OR i.partner = o)"
        + " FROM Organisation o" + Organisation.ADMIN + " ORDER BY LOWER(o.name), o.id")
public class Organisation {

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_NAME_AND_COUNTRY = "Organisation.findByNameAndCountry";
    /**
     * The public directory's rows: id, name, kind, country, when verified (null: not), the number of initiatives in
     * {@code :statuses}.
     */
    public static final String FIND_DIRECTORY_BY_NAME = "Organisation.findDirectoryByName";
    public static final String FIND_DIRECTORY_BY_INITIATIVES = "Organisation.findDirectoryByInitiatives";
    public static final String COUNT_DIRECTORY = "Organisation.countDirectory";
    /** The directory's filters: every parameter always set (all countries, all kinds, {@code %}), no nulls. */
    static final String DIRECTORY = " WHERE o.country IN :countries AND o.kind IN :kinds"
            + " AND LOWER(o.name) LIKE :name ESCAPE '\\'";
    /** Initiatives count as the owner's and the partner's; held ones are not public. */
    static final String DIRECTORY_ROWS = "SELECT o.id, o.name, o.kind, o.country, o.verifiedAt,"
            + " COUNT(i.id) AS initiatives"
            + " FROM Organisation o LEFT JOIN Initiative i ON (i.owner = o OR i.partner = o)"
            + " AND i.status IN :statuses AND i.heldAt IS NULL" + DIRECTORY
            + " GROUP BY o.id, o.name, o.kind, o.country, o.verifiedAt";
    /** The administrators' list: a row per organisation with its numbers of members and of initiatives (any). */
    public static final String FIND_ADMIN = "Organisation.findAdmin";
    public static final String COUNT_ADMIN = "Organisation.countAdmin";
    /** The administrators' filters: the directory's and {@code :verified}, one of the VERIFIED_… numbers. */
    static final String ADMIN = DIRECTORY + " AND (:verified = " + Organisation.VERIFIED_ANY
            + " OR (:verified = " + Organisation.VERIFIED_ONLY + " AND o.verifiedAt IS NOT NULL)"
            + " OR (:verified = " + Organisation.UNVERIFIED_ONLY + " AND o.verifiedAt IS NULL))";
    /** Values of {@code :verified}. */
    public static final int VERIFIED_ANY = 0;
    public static final int VERIFIED_ONLY = 1;
    public static final int UNVERIFIED_ONLY = 2;
    public static final int NAME_MAX = 200;
    public static final int WEBSITE_MAX = 1000;
    public static final int DESCRIPTION_MAX = 4000;

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Version
    private int version;

    @NotBlank @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private MemberState country;

    @Size(max = WEBSITE_MAX)
    @Column(length = WEBSITE_MAX)
    private String website;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When an administrator checked that this public authority is who it says it is; null while not verified. */
    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, MemberState country, Instant now) {
        describe(name, kind, country, null, null);
        this.createdAt = Require.notNull(now, "now");
    }

    /** Replaces the public description; the website must be an http(s) address. */
    public void describe(String name, OrganisationKind kind, MemberState country, String website,
                         String description) {
        this.name = Require.maxLength(Require.notBlank(name, "name"), NAME_MAX, "name");
        this.kind = Require.notNull(kind, "kind");
        if (kind.sector() != Sector.PUBLIC_AUTHORITY) {
            unverify(); // only public authorities carry the badge
        }
        this.country = Require.notNull(country, "country");
        this.website = checkedWebsite(Require.optional(website, WEBSITE_MAX, "website"));
        this.description = Require.optional(description, DESCRIPTION_MAX, "description");
    }

    private static String checkedWebsite(String website) {
        if (website == null || WebAddressValidator.isValid(website, WEBSITE_MAX)) {
            return website;
        }
        throw new IllegalArgumentException("not a web address: " + website);
    }

    /**
     * An administrator confirms that this public authority is the authority it names: its pages show a badge.
     * Only public authorities are verified.
     */
    public void verify(Instant now) {
        if (sector() != Sector.PUBLIC_AUTHORITY) {
            throw new VerificationException(id + " is no public authority");
        }
        if (verifiedAt == null) {
            verifiedAt = Require.notNull(now, "now");
        }
    }

    /** Takes the badge away (verified by mistake, or the authority changed). */
    public void unverify() {
        verifiedAt = null;
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Sector sector() {
        return kind.sector();
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public MemberState getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Organisation other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
