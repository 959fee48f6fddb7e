package org.bepart.web.history;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bepart.country.MemberState;
import org.bepart.history.Change;
import org.bepart.history.Comparison;
import org.bepart.history.FieldDiff;
import org.bepart.history.FieldKind;
import org.bepart.history.VersionRow;
import org.bepart.history.VersionService;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeTitle;
import org.bepart.initiative.InitiativeCatalogue;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Stage;
import org.bepart.shared.NotFoundException;
import org.bepart.taxonomy.TaxonomyService;
import org.bepart.taxonomy.TermKind;
import org.bepart.taxonomy.TermView;
import org.bepart.web.i18n.ReaderLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Backs {@code initiative-history.xhtml}, served at {@code /initiatives/{id}/history}: the versions of a public
 * initiative and what changed between two of them ({@code from} and {@code to} in the URL, by default the latest and
 * the one before).
 */
@Named
@RequestScoped
public class HistoryPage {

    private static final String NUMBER = "[0-9]{1,9}";

    @EJB
    private InitiativeCatalogue catalogue;

    @EJB
    private VersionService versionService;

    @EJB
    private TaxonomyService taxonomy;

    @Inject
    private ReaderLanguage reader;

    private String id;
    private String from;
    private String to;
    private String page;
    private InitiativeTitle initiative;
    private VersionService.VersionPage versions;
    private Comparison comparison;
    private List<Field> fields;

    /** A changed field as the page shows it: its translated label, its language if any, its text piece by piece. */
    public record Field(String label, String lang, boolean text, List<Piece> pieces) {
    }

    /** A piece of text kept, added or removed, its codes translated. */
    public record Piece(Change change, String text) {

        public boolean isAdded() {
            return change == Change.ADDED;
        }

        public boolean isRemoved() {
            return change == Change.REMOVED;
        }
    }

    /** View action: 404 for an unknown, hidden or malformed initiative and for versions it does not have. */
    public void load() throws IOException {
        if (id == null || !id.matches("[0-9]{1,18}") || (from != null && !from.matches(NUMBER))
                || (to != null && !to.matches(NUMBER)) || (page != null && !page.matches(NUMBER))) {
            Faces.responseSendError(404, "no such history");
            return;
        }
        long initiativeId = Long.parseLong(id);
        initiative = catalogue.title(initiativeId, reader.getLanguage()).orElse(null);
        if (initiative == null) {
            Faces.responseSendError(404, "no such initiative");
            return;
        }
        try {
            VersionService.History history = versionService.history(initiativeId,
                    page == null ? 1 : Integer.parseInt(page), from == null ? null : Integer.valueOf(from),
                    to == null ? null : Integer.valueOf(to));
            versions = history.versions();
            comparison = history.comparison();
        } catch (NotFoundException e) {
            Faces.responseSendError(404, "no such version");
            return;
        }
        fields = comparison == null ? List.of() : comparison.fields().stream().map(this::field).toList();
    }

    private Field field(FieldDiff diff) {
        String label = reader.text("history.field." + diff.name());
        if (diff.language() != null) {
            label = reader.format("history.fieldIn", label, reader.label(diff.language()));
        }
        Function<String, String> shown = shown(diff.kind());
        return new Field(label, diff.language() == null ? null : diff.language().tag(), diff.kind().isText(),
                diff.segments().stream()
                .map(s -> new Piece(s.change(), shown.apply(s.text()))).toList());
    }

    /** How the values of a kind of field read: codes by their names in the reader's language. */
    private Function<String, String> shown(FieldKind kind) {
        return switch (kind) {
            case COUNTRY -> code -> MemberState.fromCode(code).map(reader::country).orElse(code);
            case LEVEL -> code -> label(GovernmentLevel.class, code);
            case FORMAT -> code -> label(Format.class, code);
            case STAGE -> code -> label(Stage.class, code);
            case PARTICIPATION -> code -> label(ParticipationLevel.class, code);
            case THEME -> terms(TermKind.THEME);
            case TOOL -> terms(TermKind.TOOL);
            case TARGET_GROUP -> terms(TermKind.TARGET_GROUP);
            case FLAG -> value -> "true".equals(value) ? reader.text("history.yes") : value;
            case TEXT, LINES -> Function.identity();
        };
    }

    private <E extends Enum<E>> String label(Class<E> type, String name) {
        try {
            return reader.label(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private Function<String, String> terms(TermKind kind) {
        Map<String, String> names = taxonomy.terms(kind, reader.getLanguage()).stream()
                .collect(Collectors.toMap(TermView::code, TermView::name));
        return code -> names.getOrDefault(code, code);
    }

    /** The address of this page comparing two versions. */
    public String compareUrl(int fromNumber, int toNumber) {
        return "/initiatives/" + initiative.id() + "/history?from=" + fromNumber + "&to=" + toNumber;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public InitiativeTitle getInitiative() {
        return initiative;
    }

    /** The versions of this page, the latest first. */
    public List<VersionRow> getVersions() {
        return versions.rows();
    }

    /** The page of versions shown, how many pages and versions there are. */
    public VersionService.VersionPage getVersionPage() {
        return versions;
    }

    /** The address of another page of versions, the comparison kept. */
    public String pageUrl(int number) {
        return "/initiatives/" + initiative.id() + "/history?" + (from == null ? "" : "from=" + from + "&")
                + (to == null ? "" : "to=" + to + "&") + "page=" + number;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    /** The two versions compared, or null when there are fewer than two. */
    public Comparison getComparison() {
        return comparison;
    }

    /** The fields that changed, in the order of the record. */
    public List<Field> getFields() {
        return fields;
    }
}
