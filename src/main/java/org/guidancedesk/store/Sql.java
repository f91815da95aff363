package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers: prepared statements only, every statement and result set closed,
 * dates as ISO text, enums by name, booleans as 0/1.
 */
final class Sql {
    private Sql() {}

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapValidated(mapper, rs, sql));
                }
                return rows;
            }
        }
    }

    /**
     * The file's values are checked, never trusted: a value our code cannot read back (an
     * unknown enum name, a date that is not one, a record the domain refuses) means the file
     * was damaged, whatever {@code quick_check} said.
     */
    private static <T> T mapValidated(RowMapper<T> mapper, ResultSet rs, String sql) throws SQLException {
        try {
            return mapper.map(rs);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DamagedValueException(sql, e);
        }
    }

    /** Builds a record from rows already read, a refusal meaning damage as in {@link #mapValidated}. */
    static <T> T validated(java.util.function.Supplier<T> build, String what) throws SQLException {
        try {
            return build.get();
        } catch (RuntimeException e) {
            throw new DamagedValueException(what, e);
        }
    }

    /** A stored value that cannot be read back: see {@link #mapValidated}. */
    static final class DamagedValueException extends SQLException {
        private static final long serialVersionUID = 1L;

        DamagedValueException(String sql, RuntimeException cause) {
            super("unreadable value (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ") in " + sql,
                    cause);
        }
    }

    static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static long count(Connection c, String sql, Object... params) throws SQLException {
        return queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the new row id. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id returned for " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof LocalDate d) {
                ps.setString(index, d.toString());
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof Boolean b) {
                ps.setInt(index, b ? 1 : 0);
            } else {
                ps.setObject(index, p);
            }
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : isoDate(text);
    }

    /**
     * A date as we store it, 2026-12-03: read by hand, since {@code LocalDate.parse} was a
     * quarter of the overview's read of the large group (20,000 items, five dates each); any
     * other shape goes to {@code LocalDate.parse}, which refuses it as before.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d); // a month 13 or a 31 November is refused as parse refuses it
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 if one is no digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
