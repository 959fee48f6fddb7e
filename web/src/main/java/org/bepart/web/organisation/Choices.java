package org.bepart.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.organisation.OrganisationKind;
import org.bepart.web.i18n.ReaderLanguage;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The fixed values forms offer ({@code #{choices.countries}}), sorted for the reader. */
@Named
@RequestScoped
public class Choices {

    @Inject
    private ReaderLanguage reader;

    /** The member states by their name in the reader's language. */
    public List<MemberState> getCountries() {
        Collator collator = Collator.getInstance(reader.getLocale());
        return Arrays.stream(MemberState.values())
                .sorted(Comparator.comparing(reader::country, collator)).toList();
    }

    public OrganisationKind[] getOrganisationKinds() {
        return OrganisationKind.values();
    }
}
