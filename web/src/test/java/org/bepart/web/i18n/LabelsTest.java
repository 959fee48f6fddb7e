package org.bepart.web.i18n;

import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.search.Facet;
import org.bepart.search.SearchSort;
import org.bepart.web.api.ApiInitiative;
import org.bepart.audit.AuditAction;
import org.bepart.importing.ImportMode;
import org.bepart.importing.ImportStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keys the pages build at run time (enum labels, codebook fields, facet names) exist in the bundle. */
class LabelsTest {

    @Test
    void everyBuiltKeyExists() {
        ResourceBundle bundle = ResourceBundle.getBundle(ReaderLanguage.BUNDLE, Language.EN.locale());
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(Stage.class, ParticipationLevel.class, GovernmentLevel.class,
                Format.class, InitiativeStatus.class, Language.class, SearchSort.class, ImportMode.class,
                ImportStatus.class, AuditAction.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                keys.add(type.getSimpleName() + "." + value.name());
            }
        }
        for (Stage stage : Stage.values()) {
            keys.add("Stage." + stage.name() + ".description");
        }
        for (ParticipationLevel level : ParticipationLevel.values()) {
            keys.add("ParticipationLevel." + level.name() + ".description");
        }
        for (InitiativeStatus status : InitiativeStatus.publicOnes()) {
            keys.add("InitiativeStatus." + status.name() + ".description");
        }
        for (Facet facet : Facet.values()) {
            keys.add("catalogue.filter." + facet.parameter());
        }
        keys.add("catalogue.filter.sort");
        for (String facet : List.of("country", "stage", "participation", "level", "theme", "year")) {
            keys.add("statistics.by." + facet);
        }
        for (String field : ApiInitiative.COLUMNS) {
            keys.add("codebook.field." + field);
        }
        Set<String> missing = new TreeSet<>(keys);
        missing.removeIf(bundle::containsKey);
        assertEquals(Set.of(), missing);
    }
}
