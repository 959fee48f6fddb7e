package org.bepart.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;

import java.io.Serializable;

/** What a visitor types to write to a contact person; {@code website} is the honeypot people never see. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MESSAGE_MAX = 5000;
    /** Long enough for any real answer to the trap; anything typed there makes the message go nowhere. */
    public static final int TRAP_MAX = 1000;

    @NotBlank @Size(max = Account.NAME_MAX)
    private String name;

    @NotBlank @Size(max = Account.EMAIL_MAX)
    private String email;

    @NotBlank @Size(max = MESSAGE_MAX)
    private String message;

    @Size(max = TRAP_MAX)
    private String website;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /** The honeypot: a field hidden from people, which robots filling every field fill too. */
    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** Whether the hidden field was filled in, i.e. a robot sent the form. */
    public boolean isTrapped() {
        return website != null && !website.isBlank();
    }
}
