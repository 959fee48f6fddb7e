package org.bepart.history;

import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Party;
import org.bepart.initiative.Perspective;
import org.bepart.language.Language;
import org.bepart.taxonomy.Term;
import org.bepart.taxonomy.TermKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public record of an initiative as text, one field per key ("title.hy", "stages", …), written as a flat JSON
 * object whose keys always come in the same order, so that equal records give equal snapshots and two versions can
 * be compared field by field. Lists hold one item per line; codes stand for values of fixed and managed lists.
 */
public final class Snapshot {

    /** The texts of each language, in the order of the page. */
    static final List<String> TEXT_FIELDS = List.of("title", "summary", "description", "objectives", "results",
            "challenges", "lessons", "resources");
    /** The other fields, in the order of the record, with what their values are. */
    static final Map<String, FieldKind> FIELDS = fields();

    private Snapshot() {
    }

    private static Map<String, FieldKind> fields() {
        Map<String, FieldKind> fields = new LinkedHashMap<>();
        fields.put("country", FieldKind.COUNTRY);
        fields.put("region", FieldKind.TEXT);
        fields.put("municipality", FieldKind.TEXT);
        fields.put("level", FieldKind.LEVEL);
        fields.put("format", FieldKind.FORMAT);
        fields.put("startDate", FieldKind.TEXT);
        fields.put("endDate", FieldKind.TEXT);
        fields.put("ongoing", FieldKind.FLAG);
        fields.put("location", FieldKind.TEXT);
        fields.put("stages", FieldKind.STAGE);
        fields.put("participation", FieldKind.PARTICIPATION);
        fields.put("themes", FieldKind.THEME);
        fields.put("tools", FieldKind.TOOL);
        fields.put("targetGroups", FieldKind.TARGET_GROUP);
        fields.put("civilSociety", FieldKind.LINES);
        fields.put("publicAuthority", FieldKind.LINES);
        fields.put("owner", FieldKind.TEXT);
        fields.put("ownerRole", FieldKind.TEXT);
        fields.put("ownerAssessment", FieldKind.TEXT);
        fields.put("ownerDifferently", FieldKind.TEXT);
        fields.put("partner", FieldKind.TEXT);
        fields.put("partnerRole", FieldKind.TEXT);
        fields.put("partnerAssessment", FieldKind.TEXT);
        fields.put("partnerDifferently", FieldKind.TEXT);
        fields.put("links", FieldKind.LINES);
        return fields;
    }

    /** Every key a snapshot may hold, in order: the texts language by language, then the other fields. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Language language : Language.values()) {
            TEXT_FIELDS.forEach(f -> keys.add(f + "." + language.tag()));
        }
        keys.addAll(FIELDS.keySet());
        return keys;
    }

    /** The public record of {@code i}, field by field; empty fields are left out. */
    public static Map<String, String> fields(Initiative i) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (i.availableLanguages().contains(language)) {
                InitiativeText t = i.textFor(language).text();
                List<String> texts = List.of(nz(t.getTitle()), nz(t.getSummary()), nz(t.getDescription()),
                        nz(t.getObjectives()), nz(t.getResults()), nz(t.getChallenges()), nz(t.getLessons()),
                        nz(t.getResources()));
                for (int k = 0; k < TEXT_FIELDS.size(); k++) {
                    values.put(TEXT_FIELDS.get(k) + "." + language.tag(), texts.get(k));
                }
            }
        }
        values.put("country", i.getCountry().name());
        values.put("region", i.getRegion());
        values.put("municipality", i.getMunicipality());
        values.put("level", i.getGovernmentLevel() == null ? null : i.getGovernmentLevel().name());
        values.put("format", i.getFormat() == null ? null : i.getFormat().name());
        values.put("startDate", Objects.toString(i.getSchedule().getStartDate(), null));
        values.put("endDate", Objects.toString(i.getSchedule().getEndDate(), null));
        values.put("ongoing", i.getSchedule().isOngoing() ? "true" : null);
        values.put("location", i.getLocation().map(l -> l.getLatitude() + ", " + l.getLongitude()).orElse(null));
        values.put("stages", lines(i.getStages(), Enum::name));
        values.put("participation", lines(i.getParticipationLevels(), Enum::name));
        values.put("themes", lines(i.termsOf(TermKind.THEME), Term::getCode));
        values.put("tools", lines(i.termsOf(TermKind.TOOL), Term::getCode));
        values.put("targetGroups", lines(i.termsOf(TermKind.TARGET_GROUP), Term::getCode));
        values.put("civilSociety", party(i.getCivilSociety()));
        values.put("publicAuthority", party(i.getPublicAuthority()));
        values.put("owner", i.getOwner() == null ? null : i.getOwner().getName());
        perspective(values, "owner", i.getOwnerView());
        values.put("partner", i.getPartner() == null ? null : i.getPartner().getName());
        perspective(values, "partner", i.getPartnerView());
        values.put("links", lines(i.getLinks(), l -> l.getLabel().equals(l.getUrl()) ? l.getUrl()
                : l.getLabel() + " <" + l.getUrl() + ">"));
        values.values().removeIf(v -> v == null || v.isBlank());
        return values;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static <T> String lines(Collection<T> items, Function<T, String> text) {
        return items.stream().map(text).collect(Collectors.joining("\n"));
    }

    /** Name and contact person: the history is public, and so are addresses only where their owners agreed. */
    private static String party(Party party) {
        return party == null ? null : Stream.of(party.getName(), party.getContactPerson())
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    /**
     * {@code fields} without the contacts' e-mail addresses that versions kept before V10 wrote into the sides
     * (one line each), so that the public history shows none of them.
     */
    public static Map<String, String> withoutContactAddresses(Map<String, String> fields) {
        Map<String, String> shown = new LinkedHashMap<>(fields);
        for (String side : List.of("civilSociety", "publicAuthority")) {
            shown.computeIfPresent(side, (key, value) -> {
                String kept = value.lines().filter(line -> !line.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                        .collect(Collectors.joining("\n"));
                return kept.isBlank() ? null : kept;
            });
        }
        return shown;
    }

    private static void perspective(Map<String, String> values, String side, Perspective view) {
        values.put(side + "Role", view == null ? null : view.getRole());
        values.put(side + "Assessment", view == null ? null : view.getAssessment());
        values.put(side + "Differently", view == null ? null : view.getDifferently());
    }

    /** The snapshot text of {@code i}. */
    public static String of(Initiative i) {
        return write(fields(i));
    }

    /** A flat JSON object of strings, keys in the given order. */
    public static String write(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(",\n");
            }
            quote(json, key);
            json.append(": ");
            quote(json, value);
        });
        return json.append("}").toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** Reads what {@link #write} wrote (a flat JSON object of strings). */
    public static Map<String, String> read(String snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        Reader reader = new Reader(snapshot);
        reader.expect('{');
        if (reader.peek() == '}') {
            return fields;
        }
        do {
            String key = reader.string();
            reader.expect(':');
            fields.put(key, reader.string());
        } while (reader.next(',', '}') == ',');
        return fields;
    }

    /** A reader of the JSON {@link #write} produces. */
    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at >= text.length()) {
                throw new IllegalArgumentException("snapshot ends too early");
            }
            return text.charAt(at);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at);
            }
            at++;
        }

        char next(char a, char b) {
            char c = peek();
            if (c != a && c != b) {
                throw new IllegalArgumentException("expected " + a + " or " + b + " at " + at);
            }
            at++;
            return c;
        }

        String string() {
            expect('"');
            StringBuilder s = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c != '\\') {
                    s.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> s.append('\n');
                    case 'r' -> s.append('\r');
                    case 't' -> s.append('\t');
                    case 'b' -> s.append('\b');
                    case 'f' -> s.append('\f');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(e);
                }
            }
        }
    }
}
