package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.bepart.shared.EmailAddress;
import org.bepart.shared.EmailAddressValidator;
import org.bepart.shared.Require;

import java.util.Objects;

/**
 * One side of an initiative: the civil-society organisation or the public authority, with its contact. The contact's
 * e-mail address appears on public pages only when the contact agreed ({@link #isEmailPublic()}); otherwise visitors
 * write through a form that relays the message.
 */
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

    @EmailAddress @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    /** TRUE once the contact agreed, else null (not false): a party of nothing but nulls is read back as none. */
    @Column(name = "email_public")
    private Boolean emailPublic;

    protected Party() {
    }

    /** Every part is optional, the organisation's name comes first; blank parts are stored as nothing. */
    public Party(String name, String contactPerson, String email) {
        this(name, contactPerson, email, false);
    }

    /** As above; {@code emailPublic} when the contact agreed to show the address on public pages. */
    public Party(String name, String contactPerson, String email, boolean emailPublic) {
        this.name = Require.optional(name, NAME_MAX, "name");
        this.contactPerson = Require.optional(contactPerson, CONTACT_MAX, "contact person");
        this.email = Require.optional(email, EMAIL_MAX, "e-mail");
        if (this.email != null && !EmailAddressValidator.isValid(this.email)) {
            throw new IllegalArgumentException("not an e-mail address: " + email);
        }
        this.emailPublic = emailPublic && this.email != null ? Boolean.TRUE : null;
    }

    /** The same party with the contact's agreement to show the address given or withdrawn. */
    public Party withEmailPublic(boolean shown) {
        return new Party(name, contactPerson, email, shown);
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

    /** Whether the contact agreed to show the address on public pages. */
    public boolean isEmailPublic() {
        return Boolean.TRUE.equals(emailPublic);
    }

    public boolean isEmpty() {
        return name == null && contactPerson == null && email == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Party p && Objects.equals(name, p.name) && Objects.equals(contactPerson, p.contactPerson)
                && Objects.equals(email, p.email) && isEmailPublic() == p.isEmailPublic();
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contactPerson, email, isEmailPublic());
    }
}
