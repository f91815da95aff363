package org.guidancedesk.domain;

import java.time.Instant;
import java.util.Objects;

/** A 期号 given to one week's 工作动态 when it was first exported or printed. */
public record DynamicIssue(int number, Week week, Instant issuedAt) {
    public DynamicIssue {
        if (number < 1) {
            throw new IllegalArgumentException("an issue number counts from 1: " + number);
        }
        Objects.requireNonNull(week);
        Objects.requireNonNull(issuedAt);
    }
}
