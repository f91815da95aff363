package org.guidancedesk.service;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.Rectification;

/** What an import wrote: the items it added and those it updated, as saved. */
public record ImportResult(List<Rectification> added, List<Rectification> updated) {
    public static final ImportResult NOTHING = new ImportResult(List.of(), List.of());

    public ImportResult {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
    }

    /** Every item written, the added ones first. */
    public List<Rectification> all() {
        List<Rectification> all = new ArrayList<>(added);
        all.addAll(updated);
        return all;
    }
}
