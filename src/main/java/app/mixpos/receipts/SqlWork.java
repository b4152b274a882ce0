package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work on the log's connection. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
