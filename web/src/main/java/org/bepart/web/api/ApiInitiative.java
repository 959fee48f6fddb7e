package org.bepart.web.api;

import org.bepart.shared.Coded;
import org.bepart.initiative.InitiativeCard;
import org.bepart.initiative.InitiativeDetail;
import org.bepart.search.ReplicationLinks;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.PublicParty;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermView;

import java.util.Collection;
import java.util.List;

/**
 * A public initiative as open data. Codes (country, level, stages…) are the same as in the catalogue's URLs; texts
 * are in {@code language}: the requested language when the initiative has it, else its original language. Contact
 * persons and e-mail addresses are left out: they are personal data.
 */
public record ApiInitiative(long id, String url, String title, String summary, String language,
                            String originalLanguage, List<String> languages, String description, String objectives,
                            String results, String challenges, String lessonsLearned, String resources,
                            String country, String region, String municipality, String level, String format,
                            List<String> stages, List<String> participation, List<String> themes, List<String> tools,
                            List<String> targetGroups, String status, String startDate, String endDate,
                            boolean ongoing, String civilSocietyOrganisation, String publicAuthority,
                            List<ApiLink> links, String submittedAt, String updatedAt, int usefulCount,
                            List<ApiReplication> inspiredBy, List<ApiReplication> replicatedIn,
                            List<ApiLanguageState> languageStates) {

    /**
     * A language the initiative can be read in and its state: {@code original}, {@code translation}, or
     * {@code outdated} (a translation some of whose fields' original changed since: {@code outdatedFields}).
     */
    public record ApiLanguageState(String language, String state, List<String> outdatedFields) {

        /** As a CSV cell: {@code fr:outdated(summary;description)}. */
        String cell() {
            return language + ":" + state + (outdatedFields.isEmpty() ? "" : "(" + String.join(";", outdatedFields)
                    + ")");
        }
    }

    /** A web link about the initiative. */
    public record ApiLink(String url, String label) {
    }

    /** The other end of a replication, and what the replicating initiative adapted. */
    public record ApiReplication(long id, String adaptation) {

        static List<ApiReplication> of(List<ReplicationLinks.Link> links) {
            return links.stream().map(l -> new ApiReplication(l.id(), l.adaptation())).toList();
        }
    }

    /** The columns of the CSV export, in order; the names are the JSON field names. */
    public static final List<String> COLUMNS = List.of("id", "url", "title", "summary", "language",
            "originalLanguage", "languages", "description", "objectives", "results", "challenges", "lessonsLearned",
            "resources", "country", "region", "municipality", "level", "format", "stages", "participation", "themes",
            "tools", "targetGroups", "status", "startDate", "endDate", "ongoing", "civilSocietyOrganisation",
            "publicAuthority", "links", "submittedAt", "updatedAt", "usefulCount", "inspiredBy", "replicatedIn",
            "languageStates");

    static ApiInitiative of(InitiativeDetail detail, String baseUrl) {
        InitiativeCard card = detail.card();
        InitiativeText text = detail.text();
        return new ApiInitiative(card.id(), baseUrl + "/initiatives/" + card.id() + "/" + card.slug(), card.title(),
                card.summary(), card.textLanguage().tag(), detail.originalLanguage().tag(),
                detail.availableLanguages().stream().map(Language::tag).toList(), text.getDescription(),
                text.getObjectives(), text.getResults(), text.getChallenges(), text.getLessons(), text.getResources(),
                card.country().code(), card.region(), card.municipality(), card.level().code(),
                detail.format() == null ? null : detail.format().code(), codes(card.stages()),
                codes(card.participation()), terms(card.themes()), terms(detail.tools()),
                terms(detail.targetGroups()), card.status().code(),
                card.startDate() == null ? null : card.startDate().toString(),
                card.endDate() == null ? null : card.endDate().toString(), card.ongoing(),
                name(detail.civilSociety()), name(detail.publicAuthority()),
                detail.links().stream().map(l -> new ApiLink(l.getUrl(), l.getLabel())).toList(),
                card.submittedAt() == null ? null : card.submittedAt().toString(),
                detail.updatedAt().toString(), detail.exchange().usefulCount(),
                ApiReplication.of(detail.exchange().inspiredBy()), ApiReplication.of(detail.exchange().replicatedIn()),
                detail.languageStates().entrySet().stream().map(e -> new ApiLanguageState(e.getKey().tag(),
                        e.getValue(), detail.outdated().getOrDefault(e.getKey(), List.of()))).toList());
    }

    /** The values of a row of the CSV export, in {@link #COLUMNS} order; lists joined with " | ". */
    List<String> row() {
        return java.util.Arrays.asList(Long.toString(id), url, title, summary, language, originalLanguage,
                join(languages), description, objectives, results, challenges, lessonsLearned, resources, country,
                region, municipality, level, format, join(stages), join(participation), join(themes), join(tools),
                join(targetGroups), status, startDate, endDate, Boolean.toString(ongoing), civilSocietyOrganisation,
                publicAuthority, join(links.stream().map(ApiLink::url).toList()), submittedAt, updatedAt,
                Integer.toString(usefulCount), ids(inspiredBy), ids(replicatedIn),
                join(languageStates.stream().map(ApiLanguageState::cell).toList()));
    }

    private static String join(Collection<String> values) {
        return String.join(" | ", values);
    }

    private static String ids(List<ApiReplication> replications) {
        return join(replications.stream().map(r -> Long.toString(r.id())).toList());
    }

    private static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).toList();
    }

    private static List<String> terms(List<TermView> terms) {
        return terms.stream().map(TermView::code).toList();
    }

    private static String name(PublicParty party) {
        return party == null ? null : party.name();
    }
}
