package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.store.RectificationRepository;

/**
 * The ledger items problems the group raised itself were filed as (the work log's findings, the
 * reviews' points), those still in the ledger: for a section to show each one's serial and state
 * without reading the ledger whole.
 */
final class LinkedItems {
    private LinkedItems() {}

    static List<Rectification> find(Connection c, Collection<Long> ids) throws SQLException {
        RectificationRepository items = new RectificationRepository();
        List<Rectification> found = new ArrayList<>(ids.size());
        for (long id : ids) {
            items.find(c, id).ifPresent(found::add);
        }
        return found;
    }
}
