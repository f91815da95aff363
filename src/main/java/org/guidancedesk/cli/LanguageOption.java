package org.guidancedesk.cli;

import java.util.List;
import org.guidancedesk.i18n.I18n;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lang zh|en} on every command: the language of everything it prints (default Chinese). */
final class LanguageOption {
    /** The language given anywhere on the line (also before the command's name), found by {@link #scan}. */
    static final String SCANNED = "guidancedesk.cli.lang";

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "${sys:" + SCANNED + ":-zh}", converter = Converter.class,
            description = "language of the messages (default: zh)")
    String lang = "zh";

    I18n i18n() {
        return I18n.forLanguage(lang);
    }

    /**
     * The language named on the command line, read before picocli parses it, so a usage error
     * (found while parsing) is said in it too. Chinese when none or an unknown one is given.
     */
    static String scan(String... args) {
        String found = "zh";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                found = args[i + 1];
            } else if (a.startsWith("--lang=")) {
                found = a.substring("--lang=".length());
            }
        }
        return I18n.LANGUAGES.contains(found) ? found : "zh";
    }

    /** zh or en, or a usage error. */
    static final class Converter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!List.of("zh", "en").contains(value)) {
                throw new KeyedConversion("cli.usage.lang");
            }
            return value;
        }
    }
}
