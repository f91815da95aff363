package org.guidancedesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of a rectification ledger (整改台账 / 整治台账).
 *
 * @param serial      序号 within its ledger; 0 until the store assigns one
 * @param category    the 专项整治 or the problem's source; may be empty
 * @param standard    整改标准: what "done" means for this problem (one of the 台账's 五个明确); may be empty
 * @param owner       责任部门/责任人
 * @param due         整改时限 in force (after a 延期, the new date); required for {@link LedgerNode#DEADLINE}
 * @param originalDue the first due date, kept once the item is extended (延期); {@code null} while never extended
 * @param completedOn 完成时间; only for a completed or closed item
 * @param verifiedOn  销号时间; required to close (销号), with {@code verifiedBy}
 * @param evidence    佐证材料: file paths or document numbers, one per line
 * @param createdOn   the day the item entered the ledger (the 立行立改 check counts from it)
 */
public record Rectification(long id, Ledger ledger, int serial, String category, long unitId, String problem,
                            String measures, String standard, String leader, String owner, LedgerNode node,
                            LocalDate due, LocalDate originalDue, RectificationStatus status, LocalDate completedOn,
                            LocalDate verifiedOn, String verifiedBy, String evidence, String remarks, LocalDate createdOn) {
    /** Longest problem or measures text accepted (a paste of a whole report is caught). */
    public static final int MAX_TEXT = 5_000;

    public Rectification {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdOn, "createdOn");
        category = Text.optional("rectification.category", category);
        problem = Text.requiredText("rectification.problem", problem, MAX_TEXT);
        measures = limited("rectification.measures", measures);
        standard = limited("rectification.standard", standard);
        leader = Text.optional("rectification.leader", leader);
        owner = Text.optional("rectification.owner", owner);
        verifiedBy = Text.optional("rectification.verifiedBy", verifiedBy);
        evidence = limited("rectification.evidence", evidence);
        remarks = limited("rectification.remarks", remarks);
        if (node == LedgerNode.DEADLINE && due == null) {
            throw new ValidationException("rectification.due", "validation.dueRequired");
        }
        if (status == RectificationStatus.ONGOING && node != LedgerNode.LONG_TERM) {
            throw new ValidationException("rectification.status", "validation.ongoingNeedsLongTerm");
        }
        if (completedOn != null && !status.completed()) {
            throw new ValidationException("rectification.completedOn", "validation.completedOnlyWhenDone");
        }
        if (status == RectificationStatus.CLOSED && (verifiedOn == null || verifiedBy.isEmpty())) {
            throw new ValidationException(verifiedOn == null ? "rectification.verifiedOn" : "rectification.verifiedBy",
                    "validation.closeNeedsVerification");
        }
        if (status != RectificationStatus.CLOSED && verifiedOn != null) {
            throw new ValidationException("rectification.verifiedOn", "validation.verifiedOnlyWhenClosed");
        }
        if (verifiedOn != null && completedOn != null && verifiedOn.isBefore(completedOn)) {
            throw new ValidationException("rectification.verifiedOn", "validation.verifiedBeforeCompleted");
        }
    }

    private static String limited(String field, String value) {
        return Text.optionalText(field, value, MAX_TEXT);
    }

    /** The shared red/yellow/green rule: settled items are green, the rest by their due date. */
    public TrafficLight light(LocalDate today, int warnDays) {
        return LedgerState.light(due, status, today, warnDays);
    }

    /** Past its due date and not settled. */
    public boolean overdue(LocalDate today) {
        return light(today, 0) == TrafficLight.RED;
    }

    /** Where it stands: what the overview's figures count. */
    public LedgerState state() {
        return new LedgerState(id, unitId, status, due, finishedOn(), problem);
    }

    /** Whether the due date was extended (延期): the first one is kept in {@link #originalDue()}. */
    public boolean extended() {
        return originalDue != null;
    }

    /**
     * The item after a 延期 to {@code to}: the date in force moves, the first one is kept, and
     * the light follows the new date. Refused for a finished item, one without a due date, and
     * a date not after the one in force.
     */
    public Rectification extendedTo(LocalDate to) {
        Objects.requireNonNull(to, "to");
        if (status.completed()) {
            throw new ValidationException("rectification.status", "validation.extensionOfFinished");
        }
        if (due == null) {
            throw new ValidationException("extension.due", "validation.extensionNeedsDue");
        }
        if (!to.isAfter(due)) {
            throw new ValidationException("extension.due", "validation.extensionNotLater", due);
        }
        return toBuilder().due(to).originalDue(extended() ? originalDue : due).build();
    }

    /**
     * The item after 退回: a completion (已完成 or 已销号) the group does not accept goes back to
     * 整改中, its completion and verification cleared.
     */
    public Rectification sentBack() {
        if (!status.completed()) {
            throw new ValidationException("rectification.status", "validation.sendBackNeedsCompletion");
        }
        return toBuilder().status(RectificationStatus.IN_PROGRESS, null).verifiedBy("").build();
    }

    /** The date that counts as completion (completed or, failing that, verified). */
    public LocalDate finishedOn() {
        return completedOn != null ? completedOn : verifiedOn;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Starts a new item with the usual defaults: 整改台账-style, not started, 限期 by the given date. */
    public static Builder builder(Ledger ledger, long unitId, LocalDate createdOn) {
        Builder b = new Builder();
        b.ledger = ledger;
        b.unitId = unitId;
        b.createdOn = createdOn;
        return b;
    }

    /** A copy to change a few fields of; {@link #build()} checks the rules again. */
    public static final class Builder {
        private long id;
        private Ledger ledger;
        private int serial;
        private String category = "";
        private long unitId;
        private String problem = "";
        private String measures = "";
        private String standard = "";
        private String leader = "";
        private String owner = "";
        private LedgerNode node = LedgerNode.DEADLINE;
        private LocalDate due;
        private LocalDate originalDue;
        private RectificationStatus status = RectificationStatus.NOT_STARTED;
        private LocalDate completedOn;
        private LocalDate verifiedOn;
        private String verifiedBy = "";
        private String evidence = "";
        private String remarks = "";
        private LocalDate createdOn;

        private Builder() {}

        private Builder(Rectification r) {
            id = r.id;
            ledger = r.ledger;
            serial = r.serial;
            category = r.category;
            unitId = r.unitId;
            problem = r.problem;
            measures = r.measures;
            standard = r.standard;
            leader = r.leader;
            owner = r.owner;
            node = r.node;
            due = r.due;
            originalDue = r.originalDue;
            status = r.status;
            completedOn = r.completedOn;
            verifiedOn = r.verifiedOn;
            verifiedBy = r.verifiedBy;
            evidence = r.evidence;
            remarks = r.remarks;
            createdOn = r.createdOn;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder ledger(Ledger v) { ledger = v; return this; }
        public Builder serial(int v) { serial = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder unitId(long v) { unitId = v; return this; }
        public Builder problem(String v) { problem = v; return this; }
        public Builder measures(String v) { measures = v; return this; }
        public Builder standard(String v) { standard = v; return this; }
        public Builder leader(String v) { leader = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder node(LedgerNode v) { node = v; return this; }
        public Builder due(LocalDate v) { due = v; return this; }
        public Builder originalDue(LocalDate v) { originalDue = v; return this; }
        public Builder completedOn(LocalDate v) { completedOn = v; return this; }
        public Builder verifiedOn(LocalDate v) { verifiedOn = v; return this; }
        public Builder verifiedBy(String v) { verifiedBy = v; return this; }
        public Builder evidence(String v) { evidence = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }
        public Builder createdOn(LocalDate v) { createdOn = v; return this; }

        /**
         * Sets the status and keeps the dates consistent with it: a completion date only while
         * completed or closed (today if none was given), verification only while closed.
         */
        public Builder status(RectificationStatus v, LocalDate today) {
            status = v;
            if (v.completed() && completedOn == null) {
                completedOn = today;
            }
            if (!v.completed()) {
                completedOn = null;
            }
            if (v != RectificationStatus.CLOSED) {
                verifiedOn = null;
            }
            return this;
        }

        /** Sets the status as given, dates untouched (import and store: the rules still apply). */
        public Builder rawStatus(RectificationStatus v) { status = v; return this; }

        /** The item, its dates within {@link DateRange}: every entered or edited item is built here. */
        public Rectification build() {
            DateRange.check("rectification.due", due);
            DateRange.check("rectification.originalDue", originalDue);
            DateRange.check("rectification.completedOn", completedOn);
            DateRange.check("rectification.verifiedOn", verifiedOn);
            if (originalDue != null && (due == null || !due.isAfter(originalDue))) {
                // An item extended keeps its first date; the date in force is always the later one.
                throw new ValidationException("rectification.due", "validation.dueNotAfterOriginal", originalDue);
            }
            return new Rectification(id, ledger, serial, category, unitId, problem, measures, standard, leader, owner,
                    node, due, originalDue, status, completedOn, verifiedOn, verifiedBy, evidence, remarks, createdOn);
        }
    }
}
