package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionRecord;
import org.guidancedesk.domain.ActionStatus;
import org.guidancedesk.domain.RecordKey;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.RecordRepository;
import org.guidancedesk.store.UnitKindRuleRepository;
import org.guidancedesk.store.UnitRepository;

/**
 * Applies the catalogue's rules by kind of unit to one unit, inside the write that adds it or
 * changes its kind: a cell of an action that does not fit the unit's kind becomes 不适用, where
 * nobody has written in it yet, with a note saying why ("模板规定：企业不适用", "仅适用于高校"). Nothing
 * recorded is overwritten, so adding or editing twice adds nothing; only a 不适用 these rules wrote
 * (nothing else in the cell but their note, in whichever language it was written, or none as
 * before the notes) goes back to empty when a new kind makes the action fit, or takes the new
 * kind's note when the reason changed. Every change is a record's own, in the change log.
 */
final class UnitKindRules {
    private static final List<I18n> EVERY_LANGUAGE = I18n.LANGUAGES.stream().map(I18n::forLanguage).toList();
    private final UnitKindRuleRepository rules = new UnitKindRuleRepository();
    private final RecordRepository records = new RecordRepository();
    private final WritingLanguage language;

    UnitKindRules(WritingLanguage language) {
        this.language = language;
    }

    void apply(Connection c, Unit unit, Instant now) throws SQLException {
        apply(c, unit, byAction(c), now);
    }

    /** Applies the rules of these actions (added or changed by a catalogue import) to every unit there. */
    void applyToAll(Connection c, Set<Long> actionIds, Instant now) throws SQLException {
        Map<Long, List<UnitKindRule>> byAction = byAction(c);
        byAction.keySet().retainAll(actionIds);
        for (Unit unit : new UnitRepository().findAll(c)) {
            apply(c, unit, byAction, now);
        }
    }

    private Map<Long, List<UnitKindRule>> byAction(Connection c) throws SQLException {
        return rules.findAll(c).stream().collect(Collectors.groupingBy(UnitKindRule::actionId));
    }

    private void apply(Connection c, Unit unit, Map<Long, List<UnitKindRule>> byAction, Instant now) throws SQLException {
        // The note is written in the UI's language at the time of writing (WritingLanguage); it then stays as written.
        I18n i18n = language.get();
        for (Map.Entry<Long, List<UnitKindRule>> e : byAction.entrySet()) {
            RecordKey key = new RecordKey(e.getKey(), unit.id());
            List<UnitKindRule> ofAction = e.getValue();
            ActionRecord current = records.find(c, key).orElse(ActionRecord.empty(key));
            boolean written = current.isEmpty() || writtenByRules(current, ofAction);
            if (!written) {
                continue; // the user's own: never touched
            }
            if (UnitKindRule.applies(ofAction, unit.kind())) {
                if (!current.isEmpty()) {
                    records.save(c, ActionRecord.empty(key), now);
                }
            } else if (current.isEmpty() || !notes(ofAction, unit.kind()).contains(current.note())) {
                records.save(c, new ActionRecord(key, ActionStatus.NOT_APPLICABLE, null, null, Set.of(),
                        note(i18n, ofAction, unit.kind())), now);
            }
        }
    }

    /**
     * Why an action with these rules is 不适用 for a unit of this kind it does not fit: its kind is
     * exempt ("模板规定：企业不适用"), or the action is for other kinds only ("仅适用于企业、高校").
     */
    static String note(I18n i18n, List<UnitKindRule> ofAction, UnitKind kind) {
        if (ofAction.stream().anyMatch(r -> r.rule() == UnitKindRule.Rule.NOT_APPLICABLE && r.kind() == kind)) {
            return i18n.tr("unitKindRule.note.notApplicable", i18n.tr("unitKind." + kind.name()));
        }
        List<String> added = ofAction.stream().filter(r -> r.rule() == UnitKindRule.Rule.ADD).map(UnitKindRule::kind)
                .distinct().sorted().map(k -> i18n.tr("unitKind." + k.name())).toList();
        return i18n.tr("unitKindRule.note.onlyFor", String.join(i18n.tr("wizard.listSeparator"), added));
    }

    /** The notes these rules may have written for a unit of this kind, in every language. */
    private static Set<String> notes(List<UnitKindRule> ofAction, UnitKind kind) {
        Set<String> notes = new HashSet<>();
        for (I18n each : EVERY_LANGUAGE) {
            notes.add(note(each, ofAction, kind));
        }
        return notes;
    }

    /** A 不适用 with nothing in it but what these rules write for some kind (or no note, as written before the notes). */
    private static boolean writtenByRules(ActionRecord r, List<UnitKindRule> ofAction) {
        if (r.status() != ActionStatus.NOT_APPLICABLE || r.planned() != null || !r.attendeeIds().isEmpty()) {
            return false;
        }
        if (r.note().isEmpty()) {
            return true;
        }
        for (UnitKind k : UnitKind.values()) {
            if (!UnitKindRule.applies(ofAction, k) && notes(ofAction, k).contains(r.note())) {
                return true;
            }
        }
        return false;
    }
}
