/**
 * 设置: the group (edited in place), its members, the assigned units and the action
 * catalogue. Each tab is a View (nodes, built in code) over a ViewModel (properties and lists,
 * no {@code javafx.scene}) that reaches the file only through {@link org.guidancedesk.ui.UiTasks}.
 * The list tabs share {@link org.guidancedesk.ui.settings.TableTab} (table, toolbar, delete
 * question) and {@link org.guidancedesk.ui.settings.FormDialog}; the units and catalogue view
 * models share {@link org.guidancedesk.ui.settings.ListEditor}.
 */
package org.guidancedesk.ui.settings;
