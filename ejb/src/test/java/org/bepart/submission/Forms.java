package org.bepart.submission;

import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.partner.PerspectiveForm;
import org.bepart.language.Language;

import java.time.LocalDate;
import java.util.List;

/** Filled-in forms of each step, as a contributor would send them. */
final class Forms {

    private Forms() {
    }

    static Basics basics(String title) {
        Basics b = new Basics();
        b.setOriginalLanguage(Language.EN);
        b.setTitle(title);
        b.setSummary("Residents planned the new park together with the municipality.");
        b.setDescription("Workshops in three neighbourhoods.");
        b.setObjectives("A park people use.");
        return b;
    }

    static Place place() {
        Place p = new Place();
        p.setCountry(MemberState.AM);
        p.setRegion("Kotayk");
        p.setMunicipality("Abovyan");
        p.setGovernmentLevel(GovernmentLevel.LOCAL);
        p.setLatitude(40.27);
        p.setLongitude(44.63);
        return p;
    }

    static Process process() {
        Process p = new Process();
        p.setStages(List.of("drafting", "decision"));
        p.setParticipationLevels(List.of("consultation"));
        p.setStartDate(LocalDate.of(2024, 3, 1));
        p.setEndDate(LocalDate.of(2024, 9, 30));
        return p;
    }

    static Results results() {
        Results r = new Results();
        r.setResults("The park opened in 2025.");
        r.setLessons("Start early.");
        r.setRole("We organised the workshops.");
        r.setAssessment("Open and useful; the municipality listened.");
        return r;
    }

    static PerspectiveForm perspective(String role) {
        PerspectiveForm p = new PerspectiveForm();
        p.setRole(role);
        p.setAssessment("It worked because both sides committed early.");
        p.setDifferently("Involve schools.");
        return p;
    }
}
