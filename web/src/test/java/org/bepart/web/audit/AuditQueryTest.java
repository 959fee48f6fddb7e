package org.bepart.web.audit;

import org.bepart.audit.AuditAction;
import org.bepart.audit.AuditFilter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The audit trail's filters as the address gives them: a message for what means nothing, never an exception. */
class AuditQueryTest {

    private static AuditQuery query(Map<String, String> parameters) {
        return AuditQuery.of(parameters::get);
    }

    @Test
    void goodFiltersMakeTheServicesFilterAndTheSameAddress() {
        AuditQuery query = query(Map.of("who", " Ada ", "action", "ACCOUNT_BLOCKED", "from", "2026-03-01",
                "to", "2026-03-31", "page", "2"));
        assertNull(query.error());
        AuditFilter filter = query.filter();
        assertEquals("Ada", filter.who());
        assertEquals(Set.of(AuditAction.ACCOUNT_BLOCKED), filter.actions());
        assertEquals(LocalDate.of(2026, 3, 1), filter.from());
        assertEquals(LocalDate.of(2026, 3, 31), filter.to());
        assertEquals(2, query.pageNumber());
        assertEquals("?who=Ada&action=ACCOUNT_BLOCKED&from=2026-03-01&to=2026-03-31&page=3", query.query(3));
        assertEquals("", query(Map.of("who", "")).query(1));
    }

    @Test
    void filtersThatMeanNothingGiveTheirMessage() {
        assertEquals("audit.error.action", query(Map.of("action", "DROP_TABLE")).error());
        assertEquals("audit.error.date", query(Map.of("from", "31.03.2026")).error());
        assertEquals("audit.error.date", query(Map.of("to", "2026-02-30")).error());
        assertEquals("audit.error.range", query(Map.of("from", "2026-04-01", "to", "2026-03-01")).error());
        assertEquals("audit.error.page", query(Map.of("page", "0")).error());
        assertEquals("audit.error.page", query(Map.of("page", "99999999999")).error());
        assertEquals("audit.error.who", query(Map.of("who", "x".repeat(300))).error());
    }
}
