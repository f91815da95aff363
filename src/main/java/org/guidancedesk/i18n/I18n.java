package org.guidancedesk.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing string, read from the bundles {@link #BUNDLES} in one language. Chinese
 * is the product language ({@code messages.properties}); English is {@code messages_en}.
 * The JVM's own locale never changes which language is shown.
 */
public final class I18n {
    /** The bundle families, searched in order; a section may bring its own file. */
    public static final List<String> BUNDLES = List.of(
            "org.guidancedesk.i18n.messages",
            "org.guidancedesk.i18n.settings",
            "org.guidancedesk.i18n.weekly",
            "org.guidancedesk.i18n.deadlines",
            "org.guidancedesk.i18n.overview",
            "org.guidancedesk.i18n.ledger",
            "org.guidancedesk.i18n.ledgerio",
            "org.guidancedesk.i18n.tabular",
            "org.guidancedesk.i18n.history",
            "org.guidancedesk.i18n.dynamic",
            "org.guidancedesk.i18n.exports",
            "org.guidancedesk.i18n.cli",
            "org.guidancedesk.i18n.emptystates",
            "org.guidancedesk.i18n.worklog",
            "org.guidancedesk.i18n.worklogui",
            "org.guidancedesk.i18n.reviews",
            "org.guidancedesk.i18n.catalogio",
            "org.guidancedesk.i18n.workitems");

    /** The languages offered, by tag: Chinese first. */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;
    private final DateTimeFormatter cellDate = DateTimeFormatter.ofPattern("M/d");

    private I18n(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> loaded = new ArrayList<>();
        for (String base : BUNDLES) {
            // Chinese is the root bundle, so "zh" maps to it and never to the JVM's locale.
            Locale lookup = isChinese() ? Locale.ROOT : locale;
            loaded.add(ResourceBundle.getBundle(base, lookup, I18n.class.getClassLoader(), noFallback));
        }
        this.bundles = Collections.unmodifiableList(loaded);
        this.longDate = DateTimeFormatter.ofPattern(tr("format.date.long"), locale);
        this.shortDate = DateTimeFormatter.ofPattern(tr("format.date.short"), locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss", locale);
    }

    /** Chinese (the default) or English; an unknown tag gives Chinese. */
    public static I18n forLanguage(String tag) {
        return new I18n("en".equalsIgnoreCase(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The language tag to store in settings: "zh" or "en". */
    public String languageTag() {
        return isChinese() ? "zh" : "en";
    }

    /** The text for the key, formatted with {@link MessageFormat} when arguments are given. */
    public String tr(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the key exists in this language. */
    public boolean has(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text for an enum constant: key {@code prefix.CONSTANT}. */
    public String tr(String prefix, Enum<?> value) {
        return raw(prefix + "." + value.name());
    }

    /** 2026年11月24日 in Chinese, Nov 24, 2026 in English; "" for no date. */
    public String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** 11月24日 in Chinese, Nov 24 in English; "" for no date. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** 11/2: the compact date inside a checklist cell. */
    public String cellDate(LocalDate date) {
        return date == null ? "" : cellDate.format(date);
    }

    public String time(LocalDateTime at) {
        return time.format(at);
    }

    private String raw(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new MissingResourceException("no text for key " + key, I18n.class.getName(), key);
    }
}
