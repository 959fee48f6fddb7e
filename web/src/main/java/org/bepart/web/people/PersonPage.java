package org.bepart.web.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.people.PeopleService;
import org.bepart.people.PersonProfile;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;

/** Backs {@code person.xhtml}: a public profile at {@code /people/{id}/{slug}}, or 404 when it is not shown. */
@Named
@RequestScoped
public class PersonPage {

    @EJB
    private PeopleService people;

    @Inject
    private ReaderLanguage reader;

    private String id;
    private PersonProfile person;

    /** View action: loads the profile, or answers 404. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            Faces.responseSendError(404, "no such profile");
            return;
        }
        person = people.profile(Long.parseLong(id), reader.getLanguage()).orElse(null);
        if (person == null) {
            Faces.responseSendError(404, "no such profile");
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonProfile getPerson() {
        return person;
    }
}
