package org.bepart.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;
import org.bepart.shared.WebAddress;

import java.io.Serializable;

/** What a member types about an organisation: the page binds to it, the service validates and applies it. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank @Size(max = Organisation.NAME_MAX)
    private String name;

    @NotNull
    private OrganisationKind kind;

    @NotNull
    private MemberState country;

    /** An http(s) address with a host. */
    @Size(max = Organisation.WEBSITE_MAX) @WebAddress(max = Organisation.WEBSITE_MAX)
    private String website;

    @Size(max = Organisation.DESCRIPTION_MAX)
    private String description;

    public OrganisationForm() {
    }

    public OrganisationForm(String name, OrganisationKind kind, MemberState country, String website,
                            String description) {
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.website = website;
        this.description = description;
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.getName(), o.getKind(), o.getCountry(), o.getWebsite(), o.getDescription());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public MemberState getCountry() {
        return country;
    }

    public void setCountry(MemberState country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
