package org.guidancedesk.domain;

/**
 * A problem found (发现的问题) by an entry of the work log; once turned into a ledger item it
 * names that item, and the item names the entry it came from.
 *
 * @param itemId the rectification item made from it, or {@code null}
 */
public record WorkFinding(long id, String text, Long itemId) {
    public WorkFinding {
        text = Text.requiredText("work.finding", text, Rectification.MAX_TEXT);
    }

    public boolean turnedIntoItem() {
        return itemId != null;
    }
}
