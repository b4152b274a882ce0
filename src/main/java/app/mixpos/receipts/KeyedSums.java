package app.mixpos.receipts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sums over a range of {@code created_at} without sorting: an index whose leading columns are the groups and whose next
 * column is {@code created_at} gives each group's rows of a range as one contiguous run, so SQLite sums each group
 * from the index alone and a {@code GROUP BY} (which sorts every row of the range: 0.9 s of CPU for a month of a
 * million sales) is not needed. The groups are found by skipping through the same index from one distinct value to
 * the next (a few seeks per group, whatever the number of rows).
 */
final class KeyedSums {

    private final String index;
    private final List<String> keys;

    /**
     * @param index the index to read, named so SQLite cannot pick another
     * @param keys  its leading columns, in its order; {@code created_at} must follow them
     */
    KeyedSums(String index, List<String> keys) {
        this.index = index;
        this.keys = List.copyOf(keys);
    }

    List<String> keys() {
        return keys;
    }

    /** Every distinct combination of the key columns in the log, in index order; a key value may be null. */
    List<Object[]> groups(Connection c) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        collect(c, new Object[keys.size()], 0, found);
        return found;
    }

    private void collect(Connection c, Object[] prefix, int level, List<Object[]> found) throws SQLException {
        String column = keys.get(level);
        String select = "SELECT " + column + " FROM sales INDEXED BY " + index + prefixWhere(level)
                + (level == 0 ? " WHERE " : " AND ");
        String order = " ORDER BY " + column + " LIMIT 1";
        Object[] head = Arrays.copyOf(prefix, level);
        boolean any = seek(c, select + "1" + order, head, prefix, level);
        while (any) {
            if (level + 1 == keys.size()) {
                found.add(prefix.clone());
            } else {
                collect(c, prefix, level + 1, found);
            }
            Object value = prefix[level];
            if (value == null) {
                any = seek(c, select + column + " IS NOT NULL" + order, head, prefix, level);
            } else {
                Object[] after = Arrays.copyOf(head, level + 1);
                after[level] = value;
                any = seek(c, select + column + " > ?" + order, after, prefix, level);
            }
        }
    }

    /** Runs {@code sql} with {@code args} and puts the value found into {@code into[level]}; false when none. */
    private static boolean seek(Connection c, String sql, Object[] args, Object[] into, int level)
            throws SQLException {
        try (PreparedStatement ps = Tallies.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            into[level] = rs.getObject(1);
            return true;
        }
    }

    private String prefixWhere(int level) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < level; i++) {
            sb.append(i == 0 ? " WHERE " : " AND ").append(keys.get(i)).append(" IS ?");
        }
        return sb.toString();
    }

    /**
     * A statement selecting {@code what} over one group's rows created in {@code [from, to)}: its parameters are the
     * group's key values, then from and to (see {@link #args}); {@code extra} is added to the condition.
     */
    String sql(String what, String extra) {
        StringBuilder sb = new StringBuilder("SELECT ").append(what).append(" FROM sales INDEXED BY ").append(index)
                .append(prefixWhere(keys.size()));
        return sb.append(" AND created_at >= ? AND created_at < ?").append(extra).toString();
    }

    /** A group's key values followed by the range's bounds, for {@link #sql}. */
    static Object[] args(Object[] group, String from, String to) {
        Object[] args = Arrays.copyOf(group, group.length + 2);
        args[group.length] = from;
        args[group.length + 1] = to;
        return args;
    }
}
