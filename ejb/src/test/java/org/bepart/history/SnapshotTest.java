package org.bepart.history;

import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Party;
import org.bepart.initiative.Schedule;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.language.LocalizedName;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotTest {

    private static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");

    private static Initiative initiative() {
        Initiative i = new Initiative(Language.EN, new InitiativeText("Riverside path", "Residents redesigned it.",
                "Workshops \"on site\"\nand maps.", null, null, null, null, null), MemberState.IE,
                GovernmentLevel.LOCAL, NOW);
        i.putText(Language.FR, new InitiativeText("Chemin de la rivière", "Les habitants l'ont redessiné."), NOW);
        i.classify(List.of(Stage.IMPLEMENTATION, Stage.DRAFTING), List.of(ParticipationLevel.DIALOGUE),
                List.of(new Term(TermKind.THEME, "environment", new LocalizedName("Շրջակա միջավայր", "Environment",
                        "Environnement", "Окружающая среда"), 1)), NOW);
        i.describeHow(null, Schedule.ongoingSince(LocalDate.of(2024, 5, 1)), NOW);
        i.setParties(new Party("Friends of the River", null, "river@example.org"), null, NOW);
        i.setLinks(List.of(new Link("https://example.org/river", "Project page")), NOW);
        return i;
    }

    @Test
    void thePublicRecordFieldByFieldInAFixedOrder() {
        Map<String, String> fields = Snapshot.fields(initiative());
        assertEquals("Riverside path", fields.get("title.en"));
        assertEquals("Chemin de la rivière", fields.get("title.fr"));
        assertEquals("DRAFTING\nIMPLEMENTATION", fields.get("stages"));
        assertEquals("environment", fields.get("themes"));
        assertEquals("2024-05-01", fields.get("startDate"));
        assertEquals("true", fields.get("ongoing"));
        assertEquals("Friends of the River", fields.get("civilSociety"), "the public history keeps no address");
        assertEquals("Project page <https://example.org/river>", fields.get("links"));
        assertFalse(fields.containsKey("description.fr"), "empty fields are left out");
        assertFalse(fields.containsKey("partnerRole"));
        List<String> order = Snapshot.keys();
        List<String> keys = List.copyOf(fields.keySet());
        for (int k = 1; k < keys.size(); k++) {
            assertTrue(order.indexOf(keys.get(k - 1)) < order.indexOf(keys.get(k)), keys.toString());
        }
    }

    @Test
    void addressesOfVersionsKeptBeforeAreLeftOutOfTheHistory() {
        Map<String, String> old = new LinkedHashMap<>();
        old.put("title.en", "Riverside path");
        old.put("civilSociety", "Friends of the River\nAni Hakobyan\nriver@example.org");
        old.put("publicAuthority", "mayor@example.org");
        Map<String, String> shown = Snapshot.withoutContactAddresses(old);
        assertEquals("Friends of the River\nAni Hakobyan", shown.get("civilSociety"));
        assertFalse(shown.containsKey("publicAuthority"), "nothing left but the address");
        assertEquals("Riverside path", shown.get("title.en"));
    }

    @Test
    void equalRecordsGiveEqualSnapshotsAndAChangeGivesAnother() {
        Initiative i = initiative();
        String first = Snapshot.of(i);
        assertEquals(first, Snapshot.of(initiative()));
        i.putText(Language.EN, new InitiativeText("Riverside path", "Residents and pupils redesigned it."), NOW);
        assertNotEquals(first, Snapshot.of(i));
    }

    @Test
    void aSnapshotReadsBackToItsFields() {
        Map<String, String> fields = new LinkedHashMap<>(Snapshot.fields(initiative()));
        fields.put("ownerRole", "Quotes \" back\\slashes \\n tabs\t, control \u0001 and Հայերեն");
        assertEquals(fields, Snapshot.read(Snapshot.write(fields)));
        assertEquals(Map.of(), Snapshot.read("{}"));
    }
}
