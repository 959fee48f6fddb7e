package org.bepart.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.bepart.platform.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The related-initiatives lists in the database ({@code related_list}), so that one server of a cluster works them
 * out and every server reads them: stored whole in one transaction together with the change that tells the others.
 */
@Stateless
public class RelatedStore {

    private static final int BATCH = 1000;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private ChangeLog log;

    /** Replaces every stored list with {@code lists} and logs that they changed, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void replaceAll(Map<Long, long[]> lists) {
        try (Connection db = dataSource.getConnection()) {
            try (Statement delete = db.createStatement()) {
                delete.executeUpdate("DELETE FROM related_list");
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO related_list (initiative_id, related) VALUES (?, ?)")) {
                int pending = 0;
                for (Map.Entry<Long, long[]> list : lists.entrySet()) {
                    insert.setLong(1, list.getKey());
                    insert.setString(2, format(list.getValue()));
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the related initiatives", e);
        }
        log.relatedWorkedOut();
    }

    /** Every stored list, by initiative. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, long[]> loadAll() {
        Map<Long, long[]> lists = new HashMap<>();
        try (Connection db = dataSource.getConnection();
             Statement select = db.createStatement()) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("SELECT initiative_id, related FROM related_list")) {
                while (rows.next()) {
                    lists.put(rows.getLong(1), parse(rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the related initiatives", e);
        }
        return lists;
    }

    static String format(long[] ids) {
        StringJoiner joined = new StringJoiner(",");
        for (long id : ids) {
            joined.add(Long.toString(id));
        }
        return joined.toString();
    }

    static long[] parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return new long[0];
        }
        String[] parts = stored.split(",");
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i].strip());
        }
        return ids;
    }
}
