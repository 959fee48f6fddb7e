package org.bepart.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bepart.country.MemberState;
import org.bepart.shared.Coded;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.web.i18n.ReaderLanguage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/taxonomies}: every code the data uses, with its name in the requested language. */
@Path("taxonomies")
@RequestScoped
public class TaxonomiesResource {

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ReaderLanguage reader;

    /** A code and its name; {@code retired} true for a term no longer offered (absent otherwise). */
    public record Entry(String code, String name, Boolean retired) {

        Entry(String code, String name) {
            this(code, name, null);
        }

        static Entry of(org.bepart.taxonomy.TermView term) {
            return new Entry(term.code(), term.name(), term.retired() ? Boolean.TRUE : null);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + "; charset=UTF-8")
    public Map<String, List<Entry>> all() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        lists.put("country", Arrays.stream(MemberState.values())
                .map(s -> new Entry(s.code(), reader.country(s))).toList());
        lists.put("level", coded(GovernmentLevel.values()));
        lists.put("format", coded(Format.values()));
        lists.put("stage", coded(Stage.values()));
        lists.put("participation", coded(ParticipationLevel.values()));
        lists.put("status", coded(InitiativeStatus.publicOnes().stream().sorted()
                .toArray(InitiativeStatus[]::new)));
        Map<TermKind, List<org.bepart.taxonomy.TermView>> terms = taxonomy.all(reader.getLanguage());
        lists.put("theme", terms.get(TermKind.THEME).stream().map(Entry::of).toList());
        lists.put("tool", terms.get(TermKind.TOOL).stream().map(Entry::of).toList());
        lists.put("target", terms.get(TermKind.TARGET_GROUP).stream().map(Entry::of).toList());
        return lists;
    }

    private <E extends Enum<E> & Coded> List<Entry> coded(E[] values) {
        return Arrays.stream(values).map(v -> new Entry(v.code(), reader.label(v))).toList();
    }
}
