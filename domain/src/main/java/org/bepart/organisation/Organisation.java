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
public class Organisation {

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_NAME_AND_COUNTRY = "Organisation.findByNameAndCountry";
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
