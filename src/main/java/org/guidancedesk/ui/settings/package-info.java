/**
 * 设置: the group (edited in place), its members, the assigned units and the action
 * catalogue. Each tab is a View (nodes, built in code) over a ViewModel (properties and lists,
 * no {@code javafx.scene}) that reaches the file only through {@link org.guidancedesk.ui.UiTasks}.
 */
package org.guidancedesk.ui.settings;
