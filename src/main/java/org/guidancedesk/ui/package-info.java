/**
 * The JavaFX window: {@link org.guidancedesk.ui.MainWindow} composes one package per section,
 * each a View (nodes) and a ViewModel (properties, no {@code javafx.scene}). Database work and
 * long computations go through {@link org.guidancedesk.ui.UiTasks}, never on the JavaFX thread.
 * Uses {@code service}, {@code domain}, {@code i18n}, {@code platform} and {@code report}; of
 * {@code store} only its failures ({@code StoreException}).
 */
package org.guidancedesk.ui;
