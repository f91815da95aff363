package org.guidancedesk.ui.welcome;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guidancedesk.domain.Group;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.GroupService;
import org.guidancedesk.ui.DateInput;
import org.guidancedesk.ui.Ids;
import org.guidancedesk.ui.UiTasks;

/** The welcome shown when the file holds no group: create one, or open the demo. */
public final class WelcomeView {
    private final VBox root = new VBox(16);
    private final VBox outer = new VBox(root);

    public WelcomeView(UiTasks tasks, GroupService groups, Clock clock, Runnable openDemo, Consumer<Group> onCreated) {
        I18n i18n = tasks.i18n();
        WelcomeViewModel vm = new WelcomeViewModel(tasks, groups, clock);

        Label title = new Label(i18n.tr("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(i18n.tr("welcome.intro"));
        intro.setWrapText(true);

        TextField name = field(Ids.WELCOME_NAME, i18n.tr("welcome.namePrompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField campaign = field(Ids.WELCOME_CAMPAIGN, "");
        campaign.textProperty().bindBidirectional(vm.campaignProperty());
        DatePicker start = DateInput.picker(i18n);
        start.setId(Ids.WELCOME_START);
        start.valueProperty().bindBidirectional(vm.startProperty());
        DatePicker end = DateInput.picker(i18n);
        end.setId(Ids.WELCOME_END);
        end.valueProperty().bindBidirectional(vm.endProperty());
        TextField secretary = field(Ids.WELCOME_SECRETARY, i18n.tr("welcome.secretaryPrompt"));
        secretary.textProperty().bindBidirectional(vm.secretaryProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, inputs);
        form.addRow(0, new Label(i18n.tr("field.group.name")), name);
        form.addRow(1, new Label(i18n.tr("field.group.campaign")), campaign);
        form.addRow(2, new Label(i18n.tr("field.group.start")), start);
        form.addRow(3, new Label(i18n.tr("field.group.end")), end);
        form.addRow(4, new Label(i18n.tr("field.group.secretary")), secretary);

        Label error = new Label();
        error.setId(Ids.WELCOME_ERROR);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        Button create = new Button(i18n.tr("welcome.create"));
        create.setId(Ids.WELCOME_CREATE);
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> {
            DateInput.commitTyped(start);
            DateInput.commitTyped(end);
            vm.create(onCreated);
        });
        Button demo = new Button(i18n.tr("welcome.demo"));
        demo.setId(Ids.WELCOME_DEMO);
        demo.setOnAction(e -> openDemo.run());
        // The wizard, the welcome's next step: a template, members and units before creating.
        Button wizard = new Button(i18n.tr("welcome.wizard"));
        wizard.setId(Ids.WELCOME_WIZARD);
        wizard.setOnAction(e -> outer.getChildren().setAll(new NewGroupWizard(
                new NewGroupWizardModel(tasks, groups, clock), i18n, () -> outer.getChildren().setAll(root), onCreated)
                .view()));
        HBox buttons = new HBox(12, create, wizard, demo);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label catalogHint = new Label(i18n.tr("welcome.catalogHint"));
        catalogHint.setWrapText(true);
        catalogHint.getStyleClass().add("hint");

        root.getChildren().addAll(title, intro, form, catalogHint, error, buttons);
        root.getStyleClass().add("welcome");
        root.setMaxWidth(640);
        root.setFillWidth(true);
        name.requestFocus();
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    public Node view() {
        outer.setAlignment(Pos.TOP_CENTER);
        outer.getStyleClass().add("welcome-outer");
        return outer;
    }
}
