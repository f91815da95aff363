package org.guidancedesk.ui.settings;

/** Node ids of the settings section, used by the UI tests. */
public final class SettingsIds {
    private SettingsIds() {}

    public static final String TABS = "settings-tabs";
    public static final String GROUP_NAME = "settings-group-name";
    public static final String GROUP_CAMPAIGN = "settings-group-campaign";
    public static final String GROUP_START = "settings-group-start";
    public static final String GROUP_END = "settings-group-end";
    public static final String GROUP_SECRETARY = "settings-group-secretary";
    public static final String GROUP_ERROR = "settings-group-error";
    public static final String MEMBERS_TABLE = "settings-members";
    public static final String UNITS_TABLE = "settings-units";
    public static final String CATALOG_TABLE = "settings-catalog";
    public static final String CATALOG_SCOPE_UNIT = "settings-catalog-scope-unit";
    public static final String CATALOG_SCOPE_GROUP = "settings-catalog-scope-group";
    public static final String MEMBERS_ADD = "settings-members-add";
    public static final String UNITS_ADD = "settings-units-add";
    public static final String CATALOG_ADD = "settings-catalog-add";
    /** The action dialog's owner (负责人) and repeat rule of a group work item. */
    public static final String ACTION_OWNER = "settings-action-owner";
    public static final String ACTION_REPEAT = "settings-action-repeat";
    public static final String ACTION_REPEAT_DAY = "settings-action-repeat-day";
    public static final String DIALOG_ERROR = "settings-dialog-error";
    /** The 整治台账's category list; its add button is this id with "-add". */
    public static final String LEDGER_SPECIAL = "settings-ledger-special";
    /** The 整改台账's category list; its add button is this id with "-add". */
    public static final String LEDGER_RECTIFY = "settings-ledger-rectify";
    public static final String LEDGER_NODES_ERROR = "settings-ledger-nodes-error";

    /** The date picker of a node of the 三个节点 (0: 第一节点). */
    public static String ledgerNode(int index) {
        return "settings-ledger-node-" + (index + 1);
    }
}
