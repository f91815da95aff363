package org.guidancedesk.domain;

/** How many checklist records hang on a unit, an action or a member, and how many are done. */
public record RecordCount(long total, long done) {}
