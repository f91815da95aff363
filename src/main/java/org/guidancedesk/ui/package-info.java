/**
 * The JavaFX window: {@link org.guidancedesk.ui.MainWindow} composes one package per section,
 * each a View (nodes) and a ViewModel (properties, no {@code javafx.scene}). Database work goes
 * through {@link org.guidancedesk.ui.UiTasks}, never on the JavaFX thread. Uses {@code service},
 * {@code domain} and {@code i18n}; never {@code store} directly.
 */
package org.guidancedesk.ui;
