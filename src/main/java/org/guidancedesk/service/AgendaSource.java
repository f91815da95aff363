package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.guidancedesk.domain.AgendaItem;

/**
 * One kind of dated item for the overview and the agenda: every open item it knows, with its
 * traffic light. A new kind of item (the ledger, say) adds a source to {@link AgendaService}.
 */
interface AgendaSource {
    List<AgendaItem> openItems(Connection c, LocalDate today, int warnDays) throws SQLException;
}
