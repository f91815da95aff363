package org.guidancedesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.stage.Stage;
import org.guidancedesk.i18n.I18n;

/**
 * The JavaFX application: builds the window, shows it at once, then opens the file off the
 * JavaFX thread. Parameters come from {@link org.guidancedesk.Main} as {@code --db=FILE},
 * {@code --lang=zh|en} and {@code --data=FOLDER}.
 */
public final class App extends Application {
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Path dataFolder = Path.of(named.get("data"));
        Path db = Path.of(named.get("db"));
        UiState state = UiState.load(dataFolder);
        String lang = named.getOrDefault("lang", state.language().orElse("zh"));
        window = new MainWindow(stage, I18n.forLanguage(lang), state, new FxUiExecutor(),
                Clock.systemDefaultZone(), dataFolder);
        window.show();
        window.open(db);
    }
}
