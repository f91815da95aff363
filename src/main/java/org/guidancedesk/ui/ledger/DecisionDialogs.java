package org.guidancedesk.ui.ledger;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.settings.FormDialog;

/**
 * 延期… and 退回… of the item shown: a small form each, the item and its dates on top, the
 * refusal shown in the dialog by its field (which is marked and focused), closed once stored.
 */
final class DecisionDialogs {
    private DecisionDialogs() {}

    /** 延期: the new date, the reason, who approved it and when. */
    static void extend(Node owner, ItemDecisions decisions) {
        if (decisions.item() == null) {
            return;
        }
        I18n i18n = decisions.i18n();
        ItemDecisions.ExtensionForm start = decisions.newExtension();
        FormDialog form = form(owner, i18n, "ledger.extend.title", decisions.extensionHeader());
        DatePicker to = picker(i18n, start.to(), LedgerStyles.DECISION_DATE_ID);
        form.row(i18n.tr("ledger.extend.to"), to, "extension.due");
        TextArea reason = reason(i18n.tr("ledger.extend.reasonPrompt"));
        form.row(i18n.tr("ledger.extend.reason"), reason, "extension.reason");
        TextField approver = form.text(i18n.tr("ledger.extend.approvedBy"), start.approvedBy(), "extension.approvedBy");
        approver.setId(LedgerStyles.DECISION_APPROVER_ID);
        DatePicker on = picker(i18n, start.approvedOn(), LedgerStyles.DECISION_ON_ID);
        form.row(i18n.tr("ledger.extend.approvedOn"), on, "extension.approvedOn");
        form.showAndWait(reason, attempt -> {
            DateInput.commitTyped(to);
            DateInput.commitTyped(on);
            decisions.extend(new ItemDecisions.ExtensionForm(to.getValue(), reason.getText(), approver.getText(),
                    on.getValue()), attempt::succeeded, attempt::refused);
        });
    }

    /** 退回: the reason and the day. */
    static void sendBack(Node owner, ItemDecisions decisions) {
        if (decisions.item() == null) {
            return;
        }
        I18n i18n = decisions.i18n();
        FormDialog form = form(owner, i18n, "ledger.sendBack.title", decisions.sendBackHeader());
        TextArea reason = reason(i18n.tr("ledger.sendBack.reasonPrompt"));
        form.row(i18n.tr("ledger.sendBack.reason"), reason, "sendBack.reason");
        DatePicker on = picker(i18n, decisions.newSendBack().on(), LedgerStyles.DECISION_ON_ID);
        form.row(i18n.tr("ledger.sendBack.on"), on, "sendBack.on");
        form.showAndWait(reason, attempt -> {
            DateInput.commitTyped(on);
            decisions.sendBack(new ItemDecisions.SendBackForm(reason.getText(), on.getValue()), attempt::succeeded,
                    attempt::refused);
        });
    }

    /** The dialog, the item and its dates on top. */
    private static FormDialog form(Node owner, I18n i18n, String titleKey, String header) {
        FormDialog form = new FormDialog(owner, i18n, i18n.tr(titleKey));
        Label l = new Label(header);
        l.getStyleClass().add("details-title");
        l.setWrapText(true);
        form.wide(l);
        return form;
    }

    private static DatePicker picker(I18n i18n, java.time.LocalDate value, String id) {
        DatePicker p = DateInput.picker(i18n);
        p.setValue(value);
        p.setId(id);
        return p;
    }

    private static TextArea reason(String prompt) {
        TextArea a = new TextArea();
        a.setId(LedgerStyles.DECISION_REASON_ID);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(28);
        return a;
    }
}
