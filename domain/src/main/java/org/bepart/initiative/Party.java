package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/** One side of an initiative: the civil-society organisation or the public authority, with its contact. */
@Embeddable
public class Party {

    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Size(max = NAME_MAX)
    @Column(length = NAME_MAX)
    private String name;

    @Size(max = CONTACT_MAX)
    @Column(length = CONTACT_MAX)
    private String contactPerson;

    @Email @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    protected Party() {
    }

    /** Every part is optional, the organisation's name comes first; blank parts are stored as nothing. */
    public Party(String name, String contactPerson, String email) {
        this.name = Require.optional(name, NAME_MAX, "name");
        this.contactPerson = Require.optional(contactPerson, CONTACT_MAX, "contact person");
        this.email = Require.optional(email, EMAIL_MAX, "e-mail");
        if (this.email != null && !this.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmpty() {
        return name == null && contactPerson == null && email == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && Objects.equals(name, p.name) && Objects.equals(contactPerson, p.contactPerson)
                && Objects.equals(email, p.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contactPerson, email);
    }
}
