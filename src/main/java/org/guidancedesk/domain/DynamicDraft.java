package org.guidancedesk.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One week's 工作动态 as the secretary left it: the parts she rewrote (one paragraph a line; a
 * part not here is printed as the program writes it) and its 期号 once issued.
 */
public record DynamicDraft(Week week, Map<DynamicPart, String> edited, Optional<DynamicIssue> issue) {
    public DynamicDraft {
        edited = edited.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(edited));
        issue = issue == null ? Optional.empty() : issue;
    }

    public static DynamicDraft empty(Week week) {
        return new DynamicDraft(week, Map.of(), Optional.empty());
    }
}
