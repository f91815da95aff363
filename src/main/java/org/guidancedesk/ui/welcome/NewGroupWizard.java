package org.guidancedesk.ui.welcome;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.ui.DateInput;

/**
 * The new-group wizard, the welcome's next step: five steps shown one at a time with Back and
 * Next, the last one reviewing the catalogue the chosen template brings before 创建.
 */
public final class NewGroupWizard {
    /** Node ids, for tests. */
    public static final String TEMPLATE = "wizard-template";
    public static final String CAMPAIGN = "wizard-campaign";
    public static final String START = "wizard-start";
    public static final String END = "wizard-end";
    public static final String NAME = "wizard-name";
    public static final String SECRETARY = "wizard-secretary";
    public static final String ADD_MEMBER = "wizard-add-member";
    public static final String MEMBER_NAME = "wizard-member-name-";
    public static final String MEMBER_ROLE = "wizard-member-role-";
    public static final String MEMBER_DUTY = "wizard-member-duty-";
    public static final String UNITS = "wizard-units";
    public static final String REVIEW_COUNTS = "wizard-review-counts";
    public static final String REVIEW_ACTIONS = "wizard-review-actions";
    public static final String STEP_TITLE = "wizard-step-title";
    public static final String BACK = "wizard-back";
    public static final String NEXT = "wizard-next";
    public static final String CREATE = "wizard-create";
    public static final String CANCEL = "wizard-cancel";
    public static final String ERROR = "wizard-error";

    private final I18n i18n;
    private final NewGroupWizardModel vm;
    private final VBox root = new VBox(14);
    private final GridPane memberGrid = new GridPane();
    private final Label counts = new Label();
    private final ListView<String> actions = new ListView<>();

    public NewGroupWizard(NewGroupWizardModel vm, I18n i18n, Runnable cancel, Consumer<Group> onCreated) {
        this.vm = vm;
        this.i18n = i18n;
        Label title = new Label();
        title.setId(STEP_TITLE);
        title.getStyleClass().add("welcome-title");
        title.textProperty().bind(vm.step.map(s -> i18n.tr("wizard.step", s.intValue() + 1, NewGroupWizardModel.STEPS,
                i18n.tr("wizard.step." + s.intValue()))));
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(vm.step.map(s -> s.intValue() == NewGroupWizardModel.UNITS
                ? i18n.tr("wizard.hint.3", UnitLines.kindNames(i18n)) : i18n.tr("wizard.hint." + s.intValue())));

        List<Node> steps = List.of(templateStep(), datesStep(), peopleStep(), unitsStep(), reviewStep());
        StackPane body = new StackPane();
        body.getChildren().setAll(steps.get(0));
        vm.step.addListener((o, was, now) -> {
            if (now.intValue() == NewGroupWizardModel.REVIEW) {
                fillReview();
            }
            body.getChildren().setAll(steps.get(now.intValue()));
        });
        VBox.setVgrow(body, Priority.ALWAYS);

        Label error = new Label();
        error.setId(ERROR);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.error);

        Button back = button(BACK, "wizard.back", e -> vm.back());
        back.disableProperty().bind(vm.step.isEqualTo(NewGroupWizardModel.TEMPLATE).or(vm.busy));
        Button next = button(NEXT, "wizard.next", e -> {
            commitDates();
            vm.next();
        });
        next.visibleProperty().bind(vm.step.lessThan(NewGroupWizardModel.REVIEW));
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty());
        Button create = button(CREATE, "wizard.create", e -> vm.create(onCreated));
        create.visibleProperty().bind(vm.step.isEqualTo(NewGroupWizardModel.REVIEW));
        create.managedProperty().bind(create.visibleProperty());
        create.defaultButtonProperty().bind(create.visibleProperty());
        create.disableProperty().bind(vm.busy);
        Button cancelButton = button(CANCEL, "wizard.cancel", e -> cancel.run());
        cancelButton.disableProperty().bind(vm.busy);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(12, cancelButton, gap, back, next, create);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(title, hint, body, error, buttons);
        root.getStyleClass().add("welcome");
        root.setMaxWidth(760);
        root.setFillWidth(true);
    }

    private DatePicker startPicker;
    private DatePicker endPicker;

    private void commitDates() {
        DateInput.commitTyped(startPicker);
        DateInput.commitTyped(endPicker);
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(i18n.tr(key));
        b.setId(id);
        b.setOnAction(action);
        return b;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(), inputs);
        return form;
    }

    private Node templateStep() {
        ComboBox<TemplateChoice> template = new ComboBox<>(FXCollections.observableArrayList(vm.choices));
        template.setId(TEMPLATE);
        template.setMaxWidth(Double.MAX_VALUE);
        template.valueProperty().bindBidirectional(vm.choice);
        TextField campaign = new TextField();
        campaign.setId(CAMPAIGN);
        campaign.textProperty().bindBidirectional(vm.campaign);
        GridPane form = form();
        form.addRow(0, new Label(i18n.tr("field.wizard.template")), template);
        form.addRow(1, new Label(i18n.tr("field.group.campaign")), campaign);
        return form;
    }

    private Node datesStep() {
        startPicker = DateInput.picker(i18n);
        startPicker.setId(START);
        startPicker.valueProperty().bindBidirectional(vm.start);
        endPicker = DateInput.picker(i18n);
        endPicker.setId(END);
        endPicker.valueProperty().bindBidirectional(vm.end);
        GridPane form = form();
        form.addRow(0, new Label(i18n.tr("field.group.start")), startPicker);
        form.addRow(1, new Label(i18n.tr("field.group.end")), endPicker);
        return form;
    }

    private Node peopleStep() {
        TextField name = new TextField();
        name.setId(NAME);
        name.setPromptText(i18n.tr("welcome.namePrompt"));
        name.textProperty().bindBidirectional(vm.name);
        TextField secretary = new TextField();
        secretary.setId(SECRETARY);
        secretary.setPromptText(i18n.tr("welcome.secretaryPrompt"));
        secretary.textProperty().bindBidirectional(vm.secretary);
        GridPane form = form();
        form.addRow(0, new Label(i18n.tr("field.group.name")), name);
        form.addRow(1, new Label(i18n.tr("field.group.secretary")), secretary);

        memberGrid.setHgap(10);
        memberGrid.setVgap(6);
        vm.members.addListener((ListChangeListener<MemberRow>) c -> fillMembers());
        fillMembers();
        Button add = button(ADD_MEMBER, "wizard.addMember", e -> vm.members.add(new MemberRow()));
        ScrollPane scroll = new ScrollPane(memberGrid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(12, form, new Label(i18n.tr("wizard.members")), scroll, add);
    }

    private void fillMembers() {
        memberGrid.getChildren().clear();
        memberGrid.addRow(0, new Label(i18n.tr("field.member.name")), new Label(i18n.tr("field.member.role")),
                new Label(i18n.tr("field.member.duties")));
        for (int i = 0; i < vm.members.size(); i++) {
            MemberRow row = vm.members.get(i);
            TextField name = new TextField();
            name.setId(MEMBER_NAME + i);
            name.setPrefColumnCount(8);
            name.textProperty().bindBidirectional(row.name);
            ComboBox<MemberRole> role = new ComboBox<>(FXCollections.observableArrayList(MemberRole.values()));
            role.setId(MEMBER_ROLE + i);
            role.setConverter(named("role."));
            role.valueProperty().bindBidirectional(row.role);
            HBox duties = new HBox(10);
            duties.setAlignment(Pos.CENTER_LEFT);
            for (Duty d : Duty.values()) {
                CheckBox box = new CheckBox(i18n.tr("duty." + d));
                box.setId(MEMBER_DUTY + i + "-" + d);
                box.selectedProperty().bindBidirectional(row.duties.get(d));
                duties.getChildren().add(box);
            }
            memberGrid.addRow(i + 1, name, role, duties);
        }
    }

    private <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : i18n.tr(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private Node unitsStep() {
        TextArea units = new TextArea();
        units.setId(UNITS);
        units.setPromptText(i18n.tr("wizard.unitsPrompt"));
        units.textProperty().bindBidirectional(vm.unitsText);
        VBox.setVgrow(units, Priority.ALWAYS);
        return new VBox(8, units);
    }

    private Node reviewStep() {
        counts.setId(REVIEW_COUNTS);
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        actions.setId(REVIEW_ACTIONS);
        actions.setPrefHeight(300);
        VBox.setVgrow(actions, Priority.ALWAYS);
        return new VBox(10, counts, new Label(i18n.tr("wizard.review.actions")), actions);
    }

    private void fillReview() {
        CampaignTemplate t = vm.choice.get().chosen();
        String people = i18n.tr("wizard.review.people", vm.name.get(), vm.campaign.get(), i18n.longDate(vm.start.get()),
                i18n.longDate(vm.end.get()), 1 + vm.members.stream().filter(m -> !m.blank()).count(), vm.units().size());
        counts.setText(people + "\n" + String.join("\n", CatalogueSummary.counts(i18n, t)));
        actions.getItems().setAll(CatalogueSummary.actions(i18n, t));
    }

    public Node view() {
        VBox outer = new VBox(root);
        outer.setAlignment(Pos.TOP_CENTER);
        outer.getStyleClass().add("welcome-outer");
        return outer;
    }
}
