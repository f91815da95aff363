package org.guidancedesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;

/** Ledger items (整改台账 / 整治台账). Serials are numbered per ledger by the store. */
public final class RectificationRepository {
    private static final String COLUMNS = "id, ledger, serial, category, unit_id, problem, measures, leader, owner, "
            + "node, due_date, status, completed_on, verified_on, verified_by, evidence, remarks, created_on, standard, "
            + "original_due";
    private static final String INSERT = "INSERT INTO rectification (ledger, serial, category, unit_id, problem, "
            + "measures, leader, owner, node, due_date, status, completed_on, verified_on, verified_by, evidence, "
            + "remarks, created_on, standard, original_due, import_id, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    public List<Rectification> findAll(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM rectification ORDER BY ledger DESC, serial",
                RectificationRepository::map);
    }

    /** An open item with a due date, as the agenda lists it: its id, unit, problem and due date. */
    public record OpenItem(long id, long unitId, String problem, java.time.LocalDate due) {}

    /**
     * The items still open (not 已完成, 已销号 or 长期坚持) that have a due date, in the order of
     * {@link #findAll}, with only what the agenda shows: the large group's agenda read every
     * column of all 20,000 items for the 1,000 or so it lists.
     */
    public List<OpenItem> findOpenWithDue(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, problem, due_date FROM rectification WHERE due_date IS NOT NULL "
                + "AND status NOT IN ('COMPLETED', 'CLOSED', 'ONGOING') ORDER BY ledger DESC, serial",
                rs -> new OpenItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("problem"),
                        Sql.date(rs, "due_date")));
    }

    /** Where every item stands ({@link LedgerState}), in the order of {@link #findAll}: what 总览 counts. */
    public List<org.guidancedesk.domain.LedgerState> findStates(Connection c) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, status, due_date, completed_on, verified_on, problem FROM rectification "
                + "ORDER BY ledger DESC, serial", rs -> {
                    java.time.LocalDate completed = Sql.date(rs, "completed_on");
                    return new org.guidancedesk.domain.LedgerState(rs.getLong(1), rs.getLong(2),
                            RectificationStatus.valueOf(rs.getString(3)), Sql.date(rs, "due_date"),
                            completed != null ? completed : Sql.date(rs, "verified_on"), rs.getString(7));
                });
    }

    /** The items of these units (the checks of a unit need all of its items). */
    public List<Rectification> findByUnits(Connection c, Collection<Long> unitIds) throws SQLException {
        List<Rectification> found = new ArrayList<>();
        for (long unitId : new java.util.TreeSet<>(unitIds)) {
            found.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM rectification WHERE unit_id = ? ORDER BY ledger DESC, serial",
                    RectificationRepository::map, unitId));
        }
        return found;
    }

    public java.util.Optional<Rectification> find(Connection c, long id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM rectification WHERE id = ?", RectificationRepository::map, id);
    }

    public long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM rectification");
    }

    /**
     * The next serial of each ledger: after the highest ever handed out, so an item deleted
     * to the trash keeps its number free for when it is restored.
     */
    private static Map<Ledger, Integer> nextSerials(Connection c) throws SQLException {
        Map<Ledger, Integer> next = new HashMap<>();
        for (Ledger l : Ledger.values()) {
            next.put(l, (int) Sql.count(c, "SELECT max(ifnull((SELECT max(serial) FROM rectification WHERE ledger = ?), 0), "
                    + "ifnull((SELECT last FROM ledger_serial WHERE ledger = ?), 0)) + 1", l, l));
        }
        return next;
    }

    private static void rememberSerials(Connection c, Map<Ledger, Integer> next) throws SQLException {
        for (Map.Entry<Ledger, Integer> e : next.entrySet()) {
            Sql.update(c, "INSERT INTO ledger_serial (ledger, last) VALUES (?, ?) ON CONFLICT (ledger) "
                    + "DO UPDATE SET last = max(last, excluded.last)", e.getKey(), e.getValue() - 1);
        }
    }

    public Rectification insert(Connection c, Rectification r, Instant now) throws SQLException {
        return insertAll(c, List.of(r), null, now).get(0);
    }

    /**
     * Inserts the items in order, numbering each after the last serial of its ledger, as one
     * prepared batch (an import of ten thousand rows is one statement executed many times);
     * the new ids are then read back by ledger and serial, which are unique.
     */
    public List<Rectification> insertAll(Connection c, List<Rectification> items, Long importId, Instant now)
            throws SQLException {
        Map<Ledger, Integer> first = nextSerials(c);
        Map<Ledger, Integer> next = new HashMap<>(first);
        List<Rectification> numbered = new ArrayList<>(items.size());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Rectification r : items) {
                Rectification withSerial = r.toBuilder().serial(next.merge(r.ledger(), 1, Integer::sum) - 1).build();
                bind(ps, withSerial);
                ps.setObject(20, importId);
                ps.setString(21, now.toString());
                ps.addBatch();
                numbered.add(withSerial);
            }
            ps.executeBatch();
        }
        rememberSerials(c, next);
        Map<String, Long> ids = new HashMap<>();
        for (Ledger l : Ledger.values()) {
            Sql.query(c, "SELECT id, serial FROM rectification WHERE ledger = ? AND serial >= ?",
                    rs -> ids.put(l.name() + rs.getInt(2), rs.getLong(1)), l, first.get(l));
        }
        List<Rectification> saved = new ArrayList<>(numbered.size());
        for (Rectification r : numbered) {
            saved.add(r.toBuilder().id(ids.get(r.ledger().name() + r.serial())).build());
        }
        return saved;
    }

    public void update(Connection c, Rectification r, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rectification SET ledger = ?, serial = ?, category = ?, "
                + "unit_id = ?, problem = ?, measures = ?, leader = ?, owner = ?, node = ?, due_date = ?, status = ?, "
                + "completed_on = ?, verified_on = ?, verified_by = ?, evidence = ?, remarks = ?, created_on = ?, "
                + "standard = ?, original_due = ?, updated_at = ? WHERE id = ?")) {
            bind(ps, r);
            ps.setString(20, now.toString());
            ps.setLong(21, r.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("rectification " + r.id() + " no longer exists");
            }
        }
    }

    /** Moves every item of the ledger filed under one category to another name. */
    public void renameCategory(Connection c, Ledger ledger, String oldName, String newName, Instant now)
            throws SQLException {
        Sql.update(c, "UPDATE rectification SET category = ?, updated_at = ? WHERE ledger = ? AND category = ?",
                newName, now.toString(), ledger, oldName);
    }

    public void delete(Connection c, Collection<Long> ids) throws SQLException {
        for (long id : ids) {
            Sql.update(c, "DELETE FROM rectification WHERE id = ?", id);
        }
    }

    /** Hands out the ledger's next serial (for an item moved into it) and remembers it as used. */
    public int takeSerial(Connection c, Ledger ledger) throws SQLException {
        Map<Ledger, Integer> next = nextSerials(c);
        int serial = next.get(ledger);
        next.put(ledger, serial + 1);
        rememberSerials(c, Map.of(ledger, serial + 1));
        return serial;
    }

    /** The next serial a new item of the ledger would get (shown in the quick-add row). */
    public int nextSerial(Connection c, Ledger ledger) throws SQLException {
        return nextSerials(c).get(ledger);
    }

    private static void bind(PreparedStatement ps, Rectification r) throws SQLException {
        ps.setString(1, r.ledger().name());
        ps.setInt(2, r.serial());
        ps.setString(3, r.category());
        ps.setLong(4, r.unitId());
        ps.setString(5, r.problem());
        ps.setString(6, r.measures());
        ps.setString(7, r.leader());
        ps.setString(8, r.owner());
        ps.setString(9, r.node().name());
        ps.setString(10, r.due() == null ? null : r.due().toString());
        ps.setString(11, r.status().name());
        ps.setString(12, r.completedOn() == null ? null : r.completedOn().toString());
        ps.setString(13, r.verifiedOn() == null ? null : r.verifiedOn().toString());
        ps.setString(14, r.verifiedBy());
        ps.setString(15, r.evidence());
        ps.setString(16, r.remarks());
        ps.setString(17, r.createdOn().toString());
        ps.setString(18, r.standard());
        ps.setString(19, r.originalDue() == null ? null : r.originalDue().toString());
    }

    private static Rectification map(ResultSet rs) throws SQLException {
        return new Rectification(rs.getLong(1), Ledger.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(19), rs.getString(8), rs.getString(9),
                LedgerNode.valueOf(rs.getString(10)), Sql.date(rs, "due_date"), Sql.date(rs, "original_due"),
                RectificationStatus.valueOf(rs.getString(12)), Sql.date(rs, "completed_on"),
                Sql.date(rs, "verified_on"), rs.getString(15), rs.getString(16), rs.getString(17),
                Sql.date(rs, "created_on"));
    }
}
