package org.factdesk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback that notes the H2 session of every connection a migration runs on: the session whose CHECK
 * constraints H2 2.4.240 ties to itself. Tests then make sure those sessions are gone before they write.
 */
final class MigratingSessions implements Callback {

    private final Set<Integer> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement();
             ResultSet row = statement.executeQuery("select session_id()")) {
            row.next();
            sessions.add(row.getInt(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getCallbackName() {
        return "migrating-sessions";
    }

    Set<Integer> ids() {
        return Set.copyOf(sessions);
    }

    /** The noted sessions that the database still has open, seen from a new connection of {@code dataSource}. */
    Set<Integer> stillOpen(DataSource dataSource) throws SQLException {
        Set<Integer> open = ConcurrentHashMap.newKeySet();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select session_id from information_schema.sessions")) {
            while (rows.next()) {
                open.add(rows.getInt(1));
            }
        }
        open.retainAll(sessions);
        return open;
    }
}
