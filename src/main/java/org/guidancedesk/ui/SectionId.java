package org.guidancedesk.ui;

/**
 * The sections of the sidebar, in order. Sections not built yet are shown disabled so the
 * user sees what the product will have, but no empty screen pretends to work.
 */
public enum SectionId {
    OVERVIEW(true), CHECKLIST(true), DEADLINES(true), LEDGER(true), WORKLOG(true), REVIEWS(true), WEEKLY(true),
    SETTINGS(true);

    private final boolean available;

    SectionId(boolean available) {
        this.available = available;
    }

    public boolean available() {
        return available;
    }

    /** The message key of the section's name. */
    public String titleKey() {
        return "section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The section a start on {@code today} opens on ({@link UiState#startSection}: 总览 at the
     * day's first start, else the last one); it is remembered that this day has started.
     */
    public static SectionId atStart(UiState state, java.time.LocalDate today) {
        return initial(state.startSection(today).orElse(null));
    }

    /** The section to show first: the remembered one when it exists and is available. */
    public static SectionId initial(String remembered) {
        for (SectionId id : values()) {
            if (id.name().equals(remembered) && id.available) {
                return id;
            }
        }
        return OVERVIEW;
    }
}
