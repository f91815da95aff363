package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerImport;

/** What surrounds the ledger items: categories, saved filters, dismissed warnings and the import record. */
public final class LedgerListsRepository {

    /** The ledger's categories in order; empty until the user has edited them. */
    public List<String> categories(Connection c, Ledger ledger) throws SQLException {
        return Sql.query(c, "SELECT name FROM ledger_category WHERE ledger = ? ORDER BY sort_order",
                rs -> rs.getString(1), ledger);
    }

    public void saveCategories(Connection c, Ledger ledger, List<String> names) throws SQLException {
        Sql.update(c, "DELETE FROM ledger_category WHERE ledger = ?", ledger);
        int order = 0;
        for (String name : names) {
            Sql.update(c, "INSERT INTO ledger_category (ledger, name, sort_order) VALUES (?, ?, ?)", ledger, name,
                    ++order);
        }
    }

    /** Saved filters by name, in name order; the value is {@code LedgerFilter.encode()}'s text. */
    public Map<String, String> filters(Connection c) throws SQLException {
        Map<String, String> filters = new LinkedHashMap<>();
        Sql.query(c, "SELECT name, spec FROM ledger_filter ORDER BY name", rs -> filters.put(rs.getString(1),
                rs.getString(2)));
        return filters;
    }

    public void saveFilter(Connection c, String name, String spec) throws SQLException {
        Sql.update(c, "INSERT INTO ledger_filter (name, spec) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
                + "spec = excluded.spec", name, spec);
    }

    public void deleteFilter(Connection c, String name) throws SQLException {
        Sql.update(c, "DELETE FROM ledger_filter WHERE name = ?", name);
    }

    /** Dismissed warnings as {@code itemId:KIND} keys (see {@code LedgerChecks.key}). */
    public Set<String> dismissed(Connection c) throws SQLException {
        return new HashSet<>(Sql.query(c, "SELECT item_id || ':' || kind FROM rectification_dismissed",
                rs -> rs.getString(1)));
    }

    public void dismiss(Connection c, long itemId, String kind) throws SQLException {
        Sql.update(c, "INSERT OR IGNORE INTO rectification_dismissed (item_id, kind) VALUES (?, ?)", itemId, kind);
    }

    public void undismissAll(Connection c, long itemId) throws SQLException {
        Sql.update(c, "DELETE FROM rectification_dismissed WHERE item_id = ?", itemId);
    }

    /** Records an import; its items point back to it. */
    public long recordImport(Connection c, String fileName, String sha256, int itemCount, Instant now)
            throws SQLException {
        return Sql.insert(c, "INSERT INTO ledger_import (imported_at, file_name, sha256, item_count) VALUES (?, ?, ?, ?)",
                now.toString(), fileName, sha256, itemCount);
    }

    /** Every import, newest first: when, which file, its checksum and how many items. */
    public List<LedgerImport> imports(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, imported_at, file_name, sha256, item_count FROM ledger_import ORDER BY id DESC",
                rs -> new LedgerImport(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5)));
    }
}
