package org.bepart.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideTheServicesWrappersIsAnOutage() {
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be "
                + "allocated because: Connection to 127.0.0.1:5432 refused.");
        assertTrue(DatabaseOutage.isCause(new EJBException(new PersistenceException("4002", pool))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("closed", "08003"))));
        assertTrue(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.isCause(new SQLException("terminating connection", "57P01")));
        assertTrue(DatabaseOutage.isCause(new SQLException("canceling statement due to user request", "57014")));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new SQLException("I/O error", null,
                new ConnectException("Connection refused")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new SocketException("Broken pipe"))),
                "a reader who went away is no database outage");
        assertFalse(DatabaseOutage.isCause(null));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.isCause(a));
    }
}
