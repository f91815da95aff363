package org.guidancedesk.domain;

import java.util.Objects;

/** A place (点位) visited: the figures count distinct places of each kind, by name. */
public record VisitedPlace(String name, PlaceKind kind) {
    public VisitedPlace {
        Objects.requireNonNull(kind, "kind");
        name = Text.requiredName("place.name", name);
    }
}
