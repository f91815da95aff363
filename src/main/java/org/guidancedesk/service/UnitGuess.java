package org.guidancedesk.service;

import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.Unit;

/**
 * The unit a ledger file is from, guessed from its title row, else its file name: "南山县委巡察
 * 整改台账" names 南山县. Only a unit of the group is ever guessed; it is offered, never imposed.
 */
final class UnitGuess {
    private UnitGuess() {}

    /** Looks in each text in turn; the first that names a unit decides (the longest name it holds, then the last). */
    static Optional<Long> from(List<String> texts, List<Unit> units) {
        for (String text : texts) {
            String t = squeeze(text);
            Unit best = null;
            int bestAt = -1;
            for (Unit u : units) {
                String name = squeeze(u.name());
                int at = name.isEmpty() ? -1 : t.lastIndexOf(name);
                if (at < 0) {
                    continue;
                }
                int length = squeeze(u.name()).length();
                int bestLength = best == null ? -1 : squeeze(best.name()).length();
                if (length > bestLength || (length == bestLength && at > bestAt)) {
                    best = u;
                    bestAt = at;
                }
            }
            if (best != null) {
                return Optional.of(best.id());
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
