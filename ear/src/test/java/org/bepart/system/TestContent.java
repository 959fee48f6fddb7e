package org.bepart.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Takes initiatives a system test made public out of the public ones again, as other tests count the demo's: rejected
 * in the database, and a change logged for each so that the server's index and cached pages follow (as another server
 * of a cluster would tell it); or tells the server of initiatives a test wrote into the database.
 */
final class TestContent {

    private TestContent() {
    }

    static void reject(Connection db, List<Long> ids) throws SQLException {
        try (PreparedStatement reject = db.prepareStatement("UPDATE initiative SET status = 'REJECTED' WHERE id = ?");
             PreparedStatement change = db.prepareStatement("INSERT INTO content_change (kind, entity_id, changed_at)"
                     + " VALUES ('INITIATIVE', ?, NOW())")) {
            for (long id : ids) {
                reject.setLong(1, id);
                reject.executeUpdate();
                change.setLong(1, id);
                change.executeUpdate();
            }
        }
    }

    /** Logs a change of each initiative, so that the server's index and cached pages follow what a test wrote. */
    static void changed(Connection db, List<Long> ids) throws SQLException {
        try (PreparedStatement change = db.prepareStatement("INSERT INTO content_change (kind, entity_id, changed_at)"
                + " VALUES ('INITIATIVE', ?, NOW())")) {
            for (long id : ids) {
                change.setLong(1, id);
                change.executeUpdate();
            }
        }
    }
}
