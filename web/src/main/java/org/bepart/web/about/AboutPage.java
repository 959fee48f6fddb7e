package org.bepart.web.about;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;

import java.util.Arrays;
import java.util.List;

/** Backs {@code about.xhtml}: the fixed values it explains, in their order. */
@Named
@ApplicationScoped
public class AboutPage {

    public List<Stage> getStages() {
        return Arrays.asList(Stage.values());
    }

    public List<ParticipationLevel> getParticipationLevels() {
        return Arrays.asList(ParticipationLevel.values());
    }

    public List<InitiativeStatus> getPublicStatuses() {
        return List.of(InitiativeStatus.SUBMITTED, InitiativeStatus.UNDER_REVIEW, InitiativeStatus.VALIDATED);
    }
}
