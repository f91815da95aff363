package org.guidancedesk.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.ui.Section;
import org.guidancedesk.ui.UiTasks;

/**
 * 设置: the group, its members, the assigned units and their rosters (班子名单), the action
 * catalogue and its phases (the group's items: areas), the ledgers' lists (categories, 三个节点) and the kinds of document reviewed (with the
 * feedback window), one tab each.
 */
public final class SettingsSection implements Section {
    private final TabPane tabs = new TabPane();
    private final GroupViewModel group;
    private final MembersViewModel members;
    private final UnitsViewModel units;
    private final CatalogViewModel catalog;
    private final PhasesViewModel phases;
    private final LedgerListsViewModel ledger;
    private final RosterViewModel roster;
    private final ReviewKindsViewModel reviews;
    private final Runnable onGroupChanged;

    public SettingsSection(UiTasks tasks, Workspace workspace, Runnable onGroupChanged) {
        I18n i18n = tasks.i18n();
        this.onGroupChanged = onGroupChanged;
        group = new GroupViewModel(tasks, workspace.groups(), this::groupSaved);
        members = new MembersViewModel(tasks, workspace.groups(), this::membersChanged);
        units = new UnitsViewModel(tasks, workspace.units(), members.members());
        catalog = new CatalogViewModel(tasks, workspace.catalog(), workspace.catalogFiles());
        phases = new PhasesViewModel(tasks, workspace.catalog(), catalog::load);
        catalog.setOnImported(phases::load);
        ledger = new LedgerListsViewModel(tasks, workspace.ledger());
        roster = new RosterViewModel(tasks, workspace.workLog());
        reviews = new ReviewKindsViewModel(tasks, workspace.reviews());

        tabs.setId(SettingsIds.TABS);
        tabs.getStyleClass().add(SettingsStyles.SECTION);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(
                tab(i18n.tr("settings.tab.group"), new GroupView(group, i18n).view()),
                tab(i18n.tr("settings.tab.members"), new MembersView(members, i18n).view()),
                tab(i18n.tr("settings.tab.units"), unitsAndRosters(i18n)),
                tab(i18n.tr("settings.tab.catalog"), new CatalogView(catalog, i18n).view()),
                tab(i18n.tr("settings.tab.phases"), new PhasesView(phases, i18n).view()),
                tab(i18n.tr("settings.tab.ledger"), new LedgerListsView(ledger, i18n).view()),
                tab(i18n.tr("settings.tab.reviews"), new ReviewKindsView(reviews, i18n).view()));
    }

    /** The group form's list of members, and the units (a removed member is no longer a liaison). */
    private void membersChanged() {
        group.reloadMembers();
        units.load();
    }

    /** A new secretary moves the mark in the members' table too. */
    private void groupSaved() {
        members.load();
        onGroupChanged.run();
    }

    /** The units, and under them the selected unit's roster (its 主要负责同志 and 班子成员). */
    private Node unitsAndRosters(I18n i18n) {
        UnitsView view = new UnitsView(units, i18n);
        view.selectedProperty().addListener((o, a, u) -> roster.unitProperty().set(u));
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(view.view(),
                new RosterView(roster, i18n).view());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    @Override
    public Node view() {
        return tabs;
    }

    @Override
    public void reload() {
        group.load();
        members.load();
        units.load();
        catalog.load();
        phases.load();
        ledger.load();
        roster.load();
        reviews.load();
    }
}
