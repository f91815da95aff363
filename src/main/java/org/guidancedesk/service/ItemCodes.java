package org.guidancedesk.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guidancedesk.domain.Ledger;

/**
 * An item's own code as our export writes it in the 编号 column ("整改-007", "整治-003"), read
 * back; a unit's own numbering (1, 2, 3 or "一") is no code of ours and reads as none.
 */
final class ItemCodes {
    /** A code: the ledger, the serial. */
    record Code(Ledger ledger, int serial) {}

    private static final Pattern CODE = Pattern.compile("(整改|整治)\\s*[-－—–_]?\\s*0*(\\d{1,9})");

    private ItemCodes() {}

    /** The code the cell holds, or {@code null}. */
    static Code parse(String text) {
        Matcher m = CODE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new Code(m.group(1).equals("整治") ? Ledger.SPECIAL : Ledger.RECTIFY, Integer.parseInt(m.group(2)));
    }
}
