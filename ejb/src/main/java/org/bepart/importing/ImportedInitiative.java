package org.bepart.importing;

import org.bepart.country.MemberState;
import org.bepart.initiative.Format;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.InitiativeText;
import org.bepart.initiative.Link;
import org.bepart.initiative.ParticipationLevel;
import org.bepart.initiative.Party;
import org.bepart.initiative.Schedule;
import org.bepart.initiative.Stage;
import org.bepart.language.Language;
import org.bepart.taxonomy.TermKind;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A row that passed every rule, as the values an initiative is made of; terms by their codes. */
public record ImportedInitiative(int row, Language language, InitiativeText text, MemberState country,
                                 String region, String municipality, GovernmentLevel level, Format format,
                                 Set<Stage> stages, Set<ParticipationLevel> participation,
                                 Map<TermKind, List<String>> terms, Schedule schedule, Party civilSociety,
                                 Party publicAuthority, List<Link> links) {
}
