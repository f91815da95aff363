package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.WeeklyData;

/**
 * The weekly sheet as data: the week's snapshot and each section's collected content, in
 * order. Built from the file, never typed (apart from the week's notes).
 */
public final class WeeklyReport {

    /** A section with what it collected. */
    public record Part<T>(ReportSection<T> section, T content) {}

    private final WeeklyData data;
    private final List<Part<?>> parts;

    private WeeklyReport(WeeklyData data, List<Part<?>> parts) {
        this.data = data;
        this.parts = List.copyOf(parts);
    }

    public static WeeklyReport build(WeeklyData data, List<ReportSection<?>> sections) {
        List<Part<?>> parts = new ArrayList<>();
        for (ReportSection<?> s : sections) {
            parts.add(part(s, data));
        }
        return new WeeklyReport(data, parts);
    }

    private static <T> Part<T> part(ReportSection<T> section, WeeklyData data) {
        return new Part<>(section, section.collect(data));
    }

    public WeeklyData data() {
        return data;
    }

    public List<Part<?>> parts() {
        return parts;
    }

    /** The content of the (first) section of the given class. */
    public <T, S extends ReportSection<T>> T content(Class<S> sectionClass) {
        for (Part<?> p : parts) {
            if (sectionClass.isInstance(p.section())) {
                @SuppressWarnings("unchecked")
                T content = (T) p.content();
                return content;
            }
        }
        throw new IllegalArgumentException("no section " + sectionClass.getSimpleName());
    }
}
