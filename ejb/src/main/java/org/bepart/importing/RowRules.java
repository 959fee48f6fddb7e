package org.bepart.importing;

import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Party;
import org.bepart.initiative.Schedule;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.shared.WebAddressValidator;
import org.bepart.taxonomy.TermKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The domain's rules applied to one row of an import, each broken rule reported with its column: required title,
 * summary, language, member state and level; the lengths of the entities' columns; codes of the Code's stages and
 * levels, of formats and of the managed lists (themes, tools, target groups) as the open data writes them; ISO dates
 * in order; at most {@value Initiative#LINKS_MAX} http(s) links. Lists are separated by {@code |}, as the export
 * writes them. A value the export guarded against spreadsheets ({@code '=…}) is read without the guard.
 */
public final class RowRules {

    static final String REQUIRED = "import.error.required";
    static final String TOO_LONG = "import.error.tooLong";
    static final String UNKNOWN = "import.error.unknownCode";
    static final String LANGUAGE = "import.error.language";
    static final String COUNTRY = "import.error.country";
    static final String DATE = "import.error.date";
    static final String END_BEFORE_START = "import.error.endBeforeStart";
    static final String ONGOING_WITH_END = "import.error.ongoingWithEnd";
    static final String YES_NO = "import.error.yesNo";
    static final String LINK = "import.error.link";
    static final String TOO_MANY_LINKS = "import.error.tooManyLinks";

    private final Map<TermKind, Set<String>> termCodes;

    /** Rules for rows whose terms must be among {@code termCodes} (per managed list). */
    public RowRules(Map<TermKind, Set<String>> termCodes) {
        this.termCodes = Map.copyOf(termCodes);
    }

    public RowCheck check(ImportRow row) {
        return new Check(row).run();
    }

    /** One row's check, collecting its problems. */
    private final class Check {
        private final ImportRow row;
        private final List<ImportProblem> problems = new ArrayList<>();

        Check(ImportRow row) {
            this.row = row;
        }

        RowCheck run() {
            String title = text(ImportColumn.TITLE, InitiativeText.TITLE_MAX, true);
            String summary = text(ImportColumn.SUMMARY, InitiativeText.SUMMARY_MAX, true);
            String description = text(ImportColumn.DESCRIPTION, InitiativeText.TEXT_MAX, false);
            String objectives = text(ImportColumn.OBJECTIVES, InitiativeText.TEXT_MAX, false);
            String results = text(ImportColumn.RESULTS, InitiativeText.TEXT_MAX, false);
            String challenges = text(ImportColumn.CHALLENGES, InitiativeText.TEXT_MAX, false);
            String lessons = text(ImportColumn.LESSONS_LEARNED, InitiativeText.TEXT_MAX, false);
            String resources = text(ImportColumn.RESOURCES, InitiativeText.TEXT_MAX, false);
            Language language = language();
            MemberState country = required(ImportColumn.COUNTRY, MemberState::fromCode, COUNTRY);
            String region = text(ImportColumn.REGION, Initiative.PLACE_MAX, false);
            String municipality = text(ImportColumn.MUNICIPALITY, Initiative.PLACE_MAX, false);
            GovernmentLevel level = required(ImportColumn.LEVEL, c -> GovernmentLevel.fromCode(lower(c)), UNKNOWN);
            Format format = optional(ImportColumn.FORMAT, c -> Format.fromCode(lower(c)));
            Set<Stage> stages = codes(ImportColumn.STAGES, Stage.class, c -> Stage.fromCode(lower(c)));
            Set<ParticipationLevel> participation = codes(ImportColumn.PARTICIPATION, ParticipationLevel.class,
                    c -> ParticipationLevel.fromCode(lower(c)));
            Map<TermKind, List<String>> terms = new EnumMap<>(TermKind.class);
            terms.put(TermKind.THEME, terms(ImportColumn.THEMES, TermKind.THEME));
            terms.put(TermKind.TOOL, terms(ImportColumn.TOOLS, TermKind.TOOL));
            terms.put(TermKind.TARGET_GROUP, terms(ImportColumn.TARGET_GROUPS, TermKind.TARGET_GROUP));
            Schedule schedule = schedule();
            String civilSociety = text(ImportColumn.CIVIL_SOCIETY_ORGANISATION, Party.NAME_MAX, false);
            String authority = text(ImportColumn.PUBLIC_AUTHORITY, Party.NAME_MAX, false);
            List<Link> links = links();
            if (!problems.isEmpty()) {
                return new RowCheck(problems, null);
            }
            return new RowCheck(List.of(), new ImportedInitiative(row.number(), language,
                    new InitiativeText(title, summary, description, objectives, results, challenges, lessons,
                            resources), country, region, municipality, level, format, stages, participation, terms,
                    schedule, civilSociety == null ? null : new Party(civilSociety, null, null),
                    authority == null ? null : new Party(authority, null, null), links));
        }

        private void problem(ImportColumn column, String key, String argument) {
            problems.add(new ImportProblem(row.number(), column.header(), key, argument));
        }

        private String value(ImportColumn column) {
            return unguarded(row.value(column));
        }

        private String text(ImportColumn column, int max, boolean required) {
            String value = value(column);
            if (value == null) {
                if (required) {
                    problem(column, REQUIRED, null);
                }
                return null;
            }
            if (value.length() > max) {
                problem(column, TOO_LONG, Integer.toString(max));
                return null;
            }
            return value;
        }

        private Language language() {
            ImportColumn column = row.value(ImportColumn.LANGUAGE) != null ? ImportColumn.LANGUAGE
                    : ImportColumn.ORIGINAL_LANGUAGE;
            String value = value(column);
            if (value == null) {
                problem(ImportColumn.LANGUAGE, REQUIRED, null);
                return null;
            }
            Optional<Language> language = value.length() <= 10 ? Language.fromTag(value) : Optional.empty();
            if (language.isEmpty()) {
                problem(column, LANGUAGE, value);
            }
            return language.orElse(null);
        }

        private <T> T required(ImportColumn column, Function<String, Optional<T>> parse, String unknownKey) {
            String value = value(column);
            if (value == null) {
                problem(column, REQUIRED, null);
                return null;
            }
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                problem(column, unknownKey, value);
            }
            return parsed.orElse(null);
        }

        private <T> T optional(ImportColumn column, Function<String, Optional<T>> parse) {
            return value(column) == null ? null : required(column, parse, UNKNOWN);
        }

        private <E extends Enum<E>> Set<E> codes(ImportColumn column, Class<E> type,
                                                 Function<String, Optional<E>> parse) {
            Set<E> result = EnumSet.noneOf(type);
            for (String code : list(column)) {
                parse.apply(code).ifPresentOrElse(result::add, () -> problem(column, UNKNOWN, code));
            }
            return result;
        }

        private List<String> terms(ImportColumn column, TermKind kind) {
            Set<String> known = termCodes.getOrDefault(kind, Set.of());
            List<String> result = new ArrayList<>();
            for (String code : list(column)) {
                String lower = lower(code);
                if (!known.contains(lower)) {
                    problem(column, UNKNOWN, code);
                } else if (!result.contains(lower)) {
                    result.add(lower);
                }
            }
            return result;
        }

        private List<String> list(ImportColumn column) {
            String value = value(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private Schedule schedule() {
            LocalDate start = date(ImportColumn.START_DATE);
            LocalDate end = date(ImportColumn.END_DATE);
            Boolean ongoing = yesNo(ImportColumn.ONGOING);
            if (ongoing == null) {
                return null;
            }
            if (ongoing && end != null) {
                problem(ImportColumn.END_DATE, ONGOING_WITH_END, end.toString());
                return null;
            }
            if (start != null && end != null && end.isBefore(start)) {
                problem(ImportColumn.END_DATE, END_BEFORE_START, start.toString());
                return null;
            }
            return ongoing ? Schedule.ongoingSince(start) : Schedule.between(start, end);
        }

        private LocalDate date(ImportColumn column) {
            String value = value(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10)
                        : value);
            } catch (DateTimeParseException e) {
                problem(column, DATE, value);
                return null;
            }
        }

        private Boolean yesNo(ImportColumn column) {
            String value = value(column);
            if (value == null) {
                return false;
            }
            return switch (lower(value)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> {
                    problem(column, YES_NO, value);
                    yield null;
                }
            };
        }

        private List<Link> links() {
            List<String> urls = list(ImportColumn.LINKS);
            if (urls.size() > Initiative.LINKS_MAX) {
                problem(ImportColumn.LINKS, TOO_MANY_LINKS, Integer.toString(Initiative.LINKS_MAX));
                return List.of();
            }
            List<Link> links = new ArrayList<>();
            for (String url : urls) {
                if (WebAddressValidator.isValid(url, Link.URL_MAX)) {
                    links.add(new Link(url, null));
                } else {
                    problem(ImportColumn.LINKS, LINK, url);
                }
            }
            return links;
        }
    }

    private static String lower(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The value without the {@code '} the open-data export puts before what a spreadsheet would run. */
    static String unguarded(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && "=+-@\t\r".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }
}
