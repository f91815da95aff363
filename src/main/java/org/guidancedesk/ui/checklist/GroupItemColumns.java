package org.guidancedesk.ui.checklist;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import org.guidancedesk.domain.Checklist;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.RepeatText;

/**
 * The two columns the group's own work items have beside their title: who looks after each
 * (负责人) and how it repeats (每周三 …). Read from the checklist shown, so a rename of a member
 * shows at the next read.
 */
final class GroupItemColumns {
    private GroupItemColumns() {}

    static List<TableColumn<MatrixRow, ?>> of(I18n i18n, java.util.function.Supplier<Checklist> shown) {
        return List.of(
                column(i18n.tr("checklist.column.owner"), 80, a -> ownerName(shown.get(), a)),
                column(i18n.tr("checklist.column.repeat"), 84, a -> RepeatText.of(i18n, a.repeat())));
    }

    private static String ownerName(Checklist c, RequiredAction a) {
        return c == null || a.ownerId() == null ? "" : c.members().stream().filter(m -> m.id() == a.ownerId())
                .map(Member::name).findFirst().orElse("");
    }

    private static TableColumn<MatrixRow, String> column(String title, double width,
                                                         Function<RequiredAction, String> text) {
        TableColumn<MatrixRow, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setReorderable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                f.getValue() instanceof MatrixRow.ActionRow a ? text.apply(a.action()) : ""));
        return col;
    }
}
