package org.guidancedesk.domain;

import java.util.List;

/**
 * A check from the campaign's own warnings (seed 003) that an item may be filed wrongly; the
 * user can dismiss it per item.
 *
 * @param args the message's arguments: days for {@code IMMEDIATE_TOO_LONG}; the count and the
 *             year for {@code YEAR_END_CLUSTER}; the other item's serial for {@code NEAR_DUPLICATE}
 */
public record LedgerWarning(long itemId, Kind kind, List<Object> args) {
    public enum Kind {
        /** 立行立改 due more than a month after it was filed: a long-term task in disguise. */
        IMMEDIATE_TOO_LONG,
        /** Many of a unit's items due at the very end of the year: 整改时限不科学. */
        YEAR_END_CLUSTER,
        /** Nearly the same problem twice in one unit. */
        NEAR_DUPLICATE
    }

    public LedgerWarning {
        args = List.copyOf(args);
    }

    /** The message key, e.g. {@code warning.ledger.NEAR_DUPLICATE}. */
    public String messageKey() {
        return "warning.ledger." + kind.name();
    }
}
