package org.guidancedesk.ui.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.Form;
import org.guidancedesk.ui.deadlines.DeadlinesViewModel.RuleKind;

/** A deadline's rule in the add/edit form, both ways, and in words. */
final class DeadlineForms {
    private final I18n i18n;

    DeadlineForms(I18n i18n) {
        this.i18n = i18n;
    }

    /** An empty form: a one-off deadline, the default recipient, a repeating rule starting {@code today}. */
    Form newForm(LocalDate today) {
        return new Form("", RuleKind.ONCE, null, DayOfWeek.FRIDAY, 15, today, null, "",
                Deadline.DEFAULT_RECIPIENT, null, "");
    }

    /** The form holding an existing rule (the fields its kind does not use as a new form has them). */
    Form formOf(Deadline d, LocalDate today) {
        Form blank = newForm(today);
        String time = d.dueTime() == null ? "" : d.dueTime().toString();
        Recurrence rule = d.recurrence();
        if (rule instanceof Recurrence.Weekly w) {
            return new Form(d.title(), RuleKind.WEEKLY, null, w.day(), blank.dayOfMonth(),
                    w.from(), w.until(), time, d.recipient(), d.responsibleId(), d.note());
        }
        if (rule instanceof Recurrence.Monthly m) {
            return new Form(d.title(), RuleKind.MONTHLY, null, blank.weekday(),
                    m.dayOfMonth(), m.from(), m.until(), time, d.recipient(), d.responsibleId(), d.note());
        }
        return new Form(d.title(), RuleKind.ONCE, ((Recurrence.Once) rule).due(), blank.weekday(),
                blank.dayOfMonth(), blank.from(), null, time, d.recipient(), d.responsibleId(), d.note());
    }

    /** The deadline the form describes; refused on its field when incomplete or inconsistent. */
    static Deadline build(long id, Form f) {
        Recurrence rule = switch (f.kind()) {
            case ONCE -> {
                if (f.once() == null) {
                    throw new ValidationException("deadline.due", "validation.required");
                }
                yield new Recurrence.Once(f.once());
            }
            case WEEKLY -> new Recurrence.Weekly(f.weekday(), required(f.from()), f.until());
            case MONTHLY -> new Recurrence.Monthly(f.dayOfMonth(), required(f.from()), f.until());
        };
        return new Deadline(id, f.title(), Times.parse(f.time()), f.recipient(), f.responsibleId(), rule, f.note());
    }

    private static LocalDate required(LocalDate from) {
        if (from == null) {
            throw new ValidationException("deadline.from", "validation.required");
        }
        return from;
    }

    /** The non-blocking warning for the form (dates outside the campaign), or "". */
    String warning(Form f, Group group) {
        try {
            Deadline d = build(0, f);
            return group == null ? "" : String.join("；", d.warnings(group).stream().map(i18n::tr).toList());
        } catch (ValidationException | IllegalArgumentException e) {
            return "";
        }
    }

    /** 每周五 / 每月15日 / 一次, with the range of a repeating rule (to the campaign's end when open). */
    String ruleSummary(Deadline d, Group group) {
        String until = group == null ? "" : i18n.longDate(group.end());
        Recurrence r = d.recurrence();
        if (r instanceof Recurrence.Weekly w) {
            return i18n.tr("deadlines.rule.weekly", DeadlineRows.weekday(i18n, w.day()),
                    i18n.longDate(w.from()), w.until() == null ? until : i18n.longDate(w.until()));
        }
        if (r instanceof Recurrence.Monthly m) {
            return i18n.tr("deadlines.rule.monthly", m.dayOfMonth(),
                    i18n.longDate(m.from()), m.until() == null ? until : i18n.longDate(m.until()));
        }
        return i18n.tr("deadlines.rule.once");
    }
}
