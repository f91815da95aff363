package org.guidancedesk.ui.worklog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.i18n.I18n;

/**
 * An entry's 发现的问题 and 典型做法 as lines: each edited in place (saved on Enter or on leaving
 * it), removed with ×, added from the line under them. A finding not yet in the ledger offers
 * 转入整改台账; one that is shows the item's code and state instead of its text field.
 */
final class LinesPane {
    private final WorkLogViewModel vm;
    private final I18n i18n;
    private final BiConsumer<List<WorkFinding>, List<String>> save;
    private final Consumer<WorkFinding> file;
    private final Consumer<ValidationException> refused;
    private final VBox findings = new VBox(4);
    private final VBox highlights = new VBox(4);
    private final VBox box = new VBox(8);
    private final TextField newFinding = new TextField();
    private final TextField newHighlight = new TextField();
    private WorkEntry shown;

    /**
     * @param save what to store: the entry's lines as they are to be
     * @param file 转入整改台账 of one finding
     * @param refused where a line refused as typed is said
     */
    LinesPane(WorkLogViewModel vm, BiConsumer<List<WorkFinding>, List<String>> save, Consumer<WorkFinding> file,
              Consumer<ValidationException> refused) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.save = save;
        this.file = file;
        this.refused = refused;
        newFinding.setId(WorkStyles.FINDING_TEXT_ID);
        newFinding.setPromptText(i18n.tr("worklog.finding.prompt"));
        newHighlight.setPromptText(i18n.tr("worklog.highlight.prompt"));
        Button addFinding = new Button(i18n.tr("worklog.lines.add"));
        addFinding.setId(WorkStyles.FINDING_ADD_ID);
        Button addHighlight = new Button(i18n.tr("worklog.lines.add"));
        addFinding.setOnAction(e -> addFinding());
        newFinding.setOnAction(e -> addFinding());
        addHighlight.setOnAction(e -> addHighlight());
        newHighlight.setOnAction(e -> addHighlight());
        box.getChildren().setAll(title("worklog.lines.findings"), findings, addLine(newFinding, addFinding),
                title("worklog.lines.highlights"), highlights, addLine(newHighlight, addHighlight));
    }

    Node view() {
        return box;
    }

    private Label title(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add(WorkStyles.SECTION_TITLE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static HBox addLine(TextField text, Button add) {
        HBox.setHgrow(text, Priority.ALWAYS);
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, text, add);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** Shows the entry's lines (after every save: the findings then have their ids). */
    void show(WorkEntry e) {
        boolean other = shown == null || e == null || shown.id() != e.id();
        shown = e;
        if (other) {
            newFinding.clear();
            newHighlight.clear();
        }
        findings.getChildren().clear();
        highlights.getChildren().clear();
        if (e == null) {
            return;
        }
        for (WorkFinding f : e.findings()) {
            findings.getChildren().add(findingLine(f));
        }
        for (int i = 0; i < e.highlights().size(); i++) {
            highlights.getChildren().add(highlightLine(i, e.highlights().get(i)));
        }
        if (e.findings().isEmpty()) {
            findings.getChildren().add(hint("worklog.finding.none"));
        }
        if (e.highlights().isEmpty()) {
            highlights.getChildren().add(hint("worklog.highlight.none"));
        }
    }

    private Label hint(String key) {
        Label l = new Label(i18n.tr(key));
        l.getStyleClass().add("hint");
        return l;
    }

    private Node findingLine(WorkFinding f) {
        Button remove = removeButton("worklog.finding.remove");
        remove.setOnAction(e -> saveFindings(without(shown.findings(), f)));
        if (f.turnedIntoItem()) {
            Label text = new Label(f.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            String item = vm.itemText(f);
            Label linked = new Label(item.isEmpty() ? i18n.tr("worklog.finding.itemGone") : i18n.tr("worklog.finding.inLedger", item));
            linked.getStyleClass().add(WorkStyles.LINKED);
            linked.setWrapText(true);
            VBox texts = new VBox(2, text, linked);
            HBox.setHgrow(texts, Priority.ALWAYS);
            return line(texts, remove);
        }
        TextArea text = lineText(f.text());
        Runnable commit = () -> {
            String typed = text.getText();
            if (shown == null || typed.strip().equals(f.text())) {
                return;
            }
            if (typed.isBlank()) {
                saveFindings(without(shown.findings(), f));
            } else {
                finding(f.id(), typed).ifPresent(now -> saveFindings(replaced(shown.findings(), f, now)));
            }
        };
        onEnter(text, commit);
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        Button toLedger = new Button(i18n.tr("worklog.finding.file"));
        toLedger.getStyleClass().add(WorkStyles.FILE_FINDING_CLASS);
        toLedger.setTooltip(new Tooltip(i18n.tr("worklog.finding.fileTip")));
        toLedger.setMinWidth(Region.USE_PREF_SIZE);
        toLedger.setDisable(f.id() == 0 || vm.readOnly());
        toLedger.setOnAction(e -> file.accept(f));
        return line(text, toLedger, remove);
    }

    private Node highlightLine(int index, String h) {
        TextArea text = lineText(h);
        Runnable commit = () -> {
            if (!text.getText().strip().equals(h) && shown != null) {
                List<String> all = new ArrayList<>(shown.highlights());
                if (text.getText().isBlank()) {
                    all.remove(index);
                } else {
                    all.set(index, text.getText());
                }
                save.accept(shown.findings(), all);
            }
        };
        onEnter(text, commit);
        text.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        Button remove = removeButton("worklog.highlight.remove");
        remove.setOnAction(e -> {
            List<String> all = new ArrayList<>(shown.highlights());
            all.remove(index);
            save.accept(shown.findings(), all);
        });
        return line(text, remove);
    }

    /** A line's text, wrapped so a long finding reads whole (two lines high; a line is one paragraph). */
    private TextArea lineText(String value) {
        TextArea text = new TextArea(value);
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setEditable(!vm.readOnly());
        HBox.setHgrow(text, Priority.ALWAYS);
        return text;
    }

    /** Enter saves the line (no line breaks in a line); Tab moves on. */
    private static void onEnter(TextArea text, Runnable commit) {
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                e.consume();
                commit.run();
            } else if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                text.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    private Button removeButton(String tipKey) {
        Button remove = new Button("×");
        remove.getStyleClass().add("row-remove");
        remove.setTooltip(new Tooltip(i18n.tr(tipKey)));
        remove.setAccessibleText(i18n.tr(tipKey));
        remove.setFocusTraversable(false);
        remove.setDisable(vm.readOnly());
        return remove;
    }

    private static HBox line(Node... parts) {
        HBox line = new HBox(6, parts);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add(WorkStyles.LINE);
        return line;
    }

    private void addFinding() {
        if (shown == null || newFinding.getText().isBlank()) {
            return;
        }
        finding(0, newFinding.getText()).ifPresent(f -> {
            List<WorkFinding> all = new ArrayList<>(shown.findings());
            all.add(f);
            newFinding.clear();
            saveFindings(all);
        });
    }

    /** The finding as typed, or none when refused (too long): then the refusal is shown. */
    private java.util.Optional<WorkFinding> finding(long id, String text) {
        try {
            return java.util.Optional.of(new WorkFinding(id, text, null));
        } catch (ValidationException e) {
            refused.accept(e);
            return java.util.Optional.empty();
        }
    }

    private void addHighlight() {
        if (shown == null || newHighlight.getText().isBlank()) {
            return;
        }
        List<String> all = new ArrayList<>(shown.highlights());
        all.add(newHighlight.getText());
        newHighlight.clear();
        save.accept(shown.findings(), all);
    }

    private void saveFindings(List<WorkFinding> all) {
        save.accept(all, shown.highlights());
    }

    private static List<WorkFinding> without(List<WorkFinding> all, WorkFinding f) {
        List<WorkFinding> kept = new ArrayList<>(all);
        kept.remove(f);
        return kept;
    }

    private static List<WorkFinding> replaced(List<WorkFinding> all, WorkFinding was, WorkFinding now) {
        List<WorkFinding> out = new ArrayList<>(all);
        int i = out.indexOf(was);
        if (i >= 0) {
            out.set(i, now);
        }
        return out;
    }
}
