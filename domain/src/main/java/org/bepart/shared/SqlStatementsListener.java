package org.bepart.shared;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Tells {@link SqlStatements} of every statement EclipseLink executes; registered in {@code persistence.xml}. */
public class SqlStatementsListener extends SessionEventAdapter {

    @Override
    public void postExecuteCall(SessionEvent event) {
        SqlStatements.executed();
    }
}
