package org.bepart.initiative;

import org.bepart.country.MemberState;

import java.util.List;
import java.util.Map;

/** What the home page shows of the catalogue: the latest initiatives and counts by status and by country. */
public record CatalogueOverview(List<InitiativeCard> latest, Map<InitiativeStatus, Long> byStatus,
                                List<CountryCount> byCountry) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Number of public initiatives in one member state. */
    public record CountryCount(MemberState country, long count) {
    }
}
