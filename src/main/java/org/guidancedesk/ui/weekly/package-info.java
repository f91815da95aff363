/**
 * 周报, the weekly status sheet: the week's notes, a preview of the very PDF that is printed
 * and exported, printing, export and the archive of sheets sent. Uses {@code service},
 * {@code report} and {@code domain}; its view models import nothing from {@code javafx.scene}.
 */
package org.guidancedesk.ui.weekly;
