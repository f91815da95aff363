package org.guidancedesk.ui.weekly;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.guidancedesk.domain.DynamicDraft;
import org.guidancedesk.domain.DynamicIssue;
import org.guidancedesk.domain.DynamicPart;
import org.guidancedesk.domain.DynamicSettings;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.Week;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.report.dynamic.DynamicReport;
import org.guidancedesk.service.DynamicService;
import org.guidancedesk.ui.Messages;
import org.guidancedesk.ui.UiTasks;

/**
 * The 工作动态 of the week shown, as the secretary rewrites it: the six parts (each saved after a
 * pause; a part left as the program wrote it, or emptied, follows the week's data), the 期号 it
 * will be issued as, and the masthead settings. Part of {@link WeeklyViewModel}, which calls
 * {@link #show} with every read of the week and renders again after every save.
 */
public final class DynamicEditor {
    /** What a week's 工作动态 is made of, read together on the database thread. */
    record Inputs(DynamicDraft draft, DynamicSettings settings, int number, List<DynamicPart.Text> generated) {}

    /** One part's editor state. */
    public final class Part {
        private final DynamicPart part;
        private final StringProperty text = new SimpleStringProperty("");
        private final ReadOnlyBooleanWrapper rewritten = new ReadOnlyBooleanWrapper(false);
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        /** The program's paragraphs for the week's data. */
        private List<String> generated = List.of();
        /** What the file holds (or will once the write is done): blank for the program's text. */
        private String submitted = "";

        private Part(DynamicPart part) {
            this.part = part;
        }

        public DynamicPart part() { return part; }

        /** The part as shown and typed: one paragraph a line. */
        public StringProperty textProperty() { return text; }

        /** True while the week keeps the secretary's own wording for this part. */
        public ReadOnlyBooleanProperty rewrittenProperty() { return rewritten.getReadOnlyProperty(); }

        /** "一、本周主要工作：不能超过 20000 个字", or empty. */
        public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

        /** What saving the shown text would keep: blank when it says what the program says. */
        private String toKeep() {
            String typed = text.get();
            return typed.isBlank() || DynamicReport.paragraphs(typed).equals(generated) ? "" : typed;
        }

        private boolean hasLocalEdits() {
            return !toKeep().equals(submitted);
        }

        private void showStored(String stored) {
            submitted = stored;
            rewritten.set(!stored.isEmpty());
            String shown = stored.isEmpty() ? String.join("\n", generated) : stored;
            if (!text.get().equals(shown)) {
                text.set(shown);
            }
            error.set("");
        }
    }

    private final UiTasks tasks;
    private final DynamicService service;
    private final I18n i18n;
    private final Runnable changed;
    private final Map<DynamicPart, Part> parts = new EnumMap<>(DynamicPart.class);
    private final StringProperty numberText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper numberError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper numbered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<DynamicSettings> settings = new ReadOnlyObjectWrapper<>(DynamicSettings.defaults());
    /** The week the texts belong to; null until a week was read. */
    private Week week;
    /** The 期号 last proposed by the file for {@link #week}, as text. */
    private String proposedNumber = "";

    DynamicEditor(UiTasks tasks, DynamicService service, Runnable changed) {
        this.tasks = tasks;
        this.service = service;
        this.i18n = tasks.i18n();
        this.changed = changed;
        for (DynamicPart p : DynamicPart.values()) {
            parts.put(p, new Part(p));
        }
    }

    /** Reads what {@link #show} needs; on the database thread. */
    Inputs read(Week w, org.guidancedesk.domain.WeeklyData data) {
        DynamicDraft draft = service.draft(w);
        return new Inputs(draft, service.settings(), service.numberFor(w),
                org.guidancedesk.report.dynamic.DynamicWriter.write(data, i18n));
    }

    /**
     * Shows a week as read: another week's texts replace what is shown; the same week's texts
     * follow the file only where nothing typed is still on its way (another window, new data).
     */
    void show(Week w, Inputs in) {
        boolean otherWeek = !w.equals(week);
        week = w;
        settings.set(in.settings());
        for (DynamicPart.Text t : in.generated()) {
            Part p = parts.get(t.part());
            boolean keepTyping = !otherWeek && p.hasLocalEdits();
            p.generated = t.paragraphs();
            if (!keepTyping) {
                p.showStored(in.draft().edited().getOrDefault(t.part(), ""));
            }
        }
        Optional<DynamicIssue> issue = in.draft().issue();
        numbered.set(issue.isPresent());
        String proposed = String.valueOf(in.number());
        if (otherWeek || issue.isPresent() || numberText.get().equals(proposedNumber)) {
            numberText.set(proposed);
            numberError.set("");
        }
        proposedNumber = proposed;
        editable.set(true);
    }

    /** Another week is being read: typing now would land in the wrong week. */
    void leaving() {
        editable.set(false);
    }

    /**
     * Keeps the part's text for the week when it changed; a text that breaks a rule is shown
     * next to it and nothing is saved. Safe to call often.
     */
    public void save(DynamicPart which) {
        Part p = parts.get(which);
        if (week == null || !p.hasLocalEdits()) {
            return;
        }
        Week w = week;
        String keep = p.toKeep();
        String before = p.submitted;
        p.submitted = keep;
        p.error.set("");
        tasks.write(() -> service.saveText(w, which, keep), draft -> {
            if (w.equals(week)) {
                p.rewritten.set(draft.edited().containsKey(which));
            }
            changed.run();
        }, invalid -> {
            if (w.equals(week) && keep.equals(p.submitted)) {
                p.submitted = before;
                p.error.set(Messages.of(i18n, invalid));
            }
        });
    }

    /** Saves every part still waiting for its pause. */
    void saveAll() {
        parts.keySet().forEach(this::save);
    }

    /** Gives the part back to the program's text (saved at once). */
    public void restore(DynamicPart which) {
        Part p = parts.get(which);
        p.text.set(String.join("\n", p.generated));
        save(which);
    }

    /**
     * The 期号 typed, when it is a number in range; else null (the preview then leaves the number
     * blank) with the reason shown by the field.
     */
    public Integer number() {
        String typed = numberText.get().strip();
        try {
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= DynamicSettings.MAX_ISSUE) {
                numberError.set("");
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // shown below
        }
        numberError.set(Messages.of(i18n, new ValidationException("dynamic.issue", "validation.issueRange",
                DynamicSettings.MAX_ISSUE)));
        return null;
    }

    /** Saves the masthead and foot; the preview and the proposed 期号 follow. */
    public void saveSettings(DynamicSettings next, Runnable saved, java.util.function.Consumer<ValidationException> refused) {
        tasks.write(() -> service.saveSettings(next), kept -> {
            settings.set(kept);
            saved.run();
            changed.run();
        }, refused);
    }

    /** After the week was issued: its number is fixed from now on. */
    void issued(DynamicIssue issue) {
        if (issue.week().equals(week)) {
            numbered.set(true);
            numberText.set(String.valueOf(issue.number()));
            proposedNumber = numberText.get();
        }
    }

    public Part part(DynamicPart which) {
        return parts.get(which);
    }

    /** The 期号 as typed. */
    public StringProperty numberTextProperty() { return numberText; }

    public ReadOnlyStringProperty numberErrorProperty() { return numberError.getReadOnlyProperty(); }

    /** True once the week was issued: its number can no longer change. */
    public ReadOnlyBooleanProperty numberedProperty() { return numbered.getReadOnlyProperty(); }

    /** False while a week is being read. */
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<DynamicSettings> settingsProperty() { return settings.getReadOnlyProperty(); }
}
