package org.guidancedesk.service;

import java.util.List;
import org.guidancedesk.domain.CatalogEntries;

/** A catalogue file as read: its name, its entries (null when it has problems) and its problems. */
public record CatalogRead(String fileName, CatalogEntries entries, List<CatalogProblem> problems) {
    public CatalogRead {
        problems = List.copyOf(problems);
    }
}
