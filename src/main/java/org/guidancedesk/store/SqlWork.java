package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the open connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
