package org.guidancedesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.MemberRepository;
import org.guidancedesk.store.UnitRepository;
import org.guidancedesk.store.WorkLogRepository;
import org.guidancedesk.tabular.XlsxWriter;

/**
 * 工作记录 as a file: one row an entry (people and places joined in their cells), and in a
 * workbook a second sheet with one row a person talked to. Internal texts — talk notes, the
 * names of people talked to, where a covert visit went — are left out unless asked for in
 * this export; an export with them says "内部资料 注意保密" in its title and is recorded.
 */
public final class WorkLogExportService {
    private static final double[] WIDTHS = {5, 11, 7, 10, 7, 18, 14, 8, 9, 34, 26, 26, 24, 16};
    private static final double[] PEOPLE_WIDTHS = {5, 11, 10, 18, 12, 16, 12, 6};

    private final Database db;
    private final java.time.Clock clock;
    private final WorkLogRepository entries = new WorkLogRepository();

    WorkLogExportService(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was written: how many entries, and how many people rows in the second sheet. */
    public record Written(int entries, int people) {}

    /**
     * Writes the entries dated {@code from}…{@code to} (either may be null for open) to {@code out}
     * (.csv by its name, .xlsx otherwise).
     */
    public Written export(Path out, LocalDate from, LocalDate to, boolean includeInternal, I18n i18n) {
        return new Writing(i18n).export(out, from, to, includeInternal);
    }

    /** One export in one language. */
    private final class Writing {
        private final I18n i18n;

        Writing(I18n i18n) {
            this.i18n = i18n;
        }

        Written export(Path out, LocalDate from, LocalDate to, boolean includeInternal) {
            LocalDate first = from == null ? DateRange.FIRST : from;
            LocalDate last = to == null ? DateRange.LAST : to;
            List<WorkEntry> chosen = new ArrayList<>();
            Map<Long, String> units = new HashMap<>();
            Map<Long, String> members = new HashMap<>();
            db.read(c -> {
                for (WorkEntry e : entries.findAll(c)) {
                    if (!e.on().isBefore(first) && !e.on().isAfter(last)) {
                        chosen.add(e);
                    }
                }
                for (Unit u : new UnitRepository().findAll(c)) {
                    units.put(u.id(), u.name());
                }
                for (Member m : new MemberRepository().findAll(c)) {
                    members.put(m.id(), m.name());
                }
                return null;
            });
            LocalDate today = LocalDate.now(clock);
            List<List<Object>> rows = new ArrayList<>();
            List<List<Object>> people = new ArrayList<>();
            for (WorkEntry e : chosen) {
                rows.add(row(rows.size() + 1, e, units, members, includeInternal));
                if (e.details() instanceof WorkDetails.Talk talk) {
                    for (Interviewee p : talk.people()) {
                        people.add(personRow(people.size() + 1, e, p, units, includeInternal));
                    }
                }
            }
            String mark = includeInternal ? i18n.tr("export.work.internalMark") + " " : "";
            XlsxWriter.Sheet sheet = new XlsxWriter.Sheet(i18n.tr("export.work.sheet"), mark + i18n.tr("export.work.heading"),
                    TableExport.subtitle(i18n, today, "export.work.count", rows.size()), columns(entryHeaders(includeInternal), WIDTHS));
            XlsxWriter.Sheet peopleSheet = new XlsxWriter.Sheet(i18n.tr("export.work.peopleSheet"),
                    mark + i18n.tr("export.work.peopleHeading"), TableExport.subtitle(i18n, today, "export.work.peopleCount",
                    people.size()), columns(peopleHeaders(includeInternal), PEOPLE_WIDTHS));
            write(out, sheet, rows, peopleSheet, people, mark);
            if (includeInternal) {
                record(out, rows.size());
            }
            return new Written(rows.size(), people.size());
        }

        /** No internal file is left without its record: if recording fails, the file written goes. */
        private void record(Path out, int count) {
            try {
                db.writeRecord(c -> {
                    entries.recordInternalExport(c, Instant.now(clock), out.getFileName().toString(), count);
                    return null;
                });
            } catch (RuntimeException e) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private static List<XlsxWriter.Column> columns(List<String> headers, double[] widths) {
            List<XlsxWriter.Column> columns = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                columns.add(new XlsxWriter.Column(headers.get(i), widths[i]));
            }
            return columns;
        }

        private List<String> entryHeaders(boolean internal) {
            List<String> keys = new ArrayList<>(List.of("export.serial", "export.work.date", "export.work.time",
                    "export.work.kind", "export.work.status", "export.work.units", "export.work.members", "export.work.leader",
                    "export.work.method", "export.work.what", "export.work.people", "export.work.findings",
                    "export.work.highlights", internal ? "export.work.notes" : "export.work.notesShown"));
            return keys.stream().map(i18n::tr).toList();
        }

        private List<String> peopleHeaders(boolean internal) {
            List<String> keys = new ArrayList<>(List.of("export.serial", "export.work.date", "export.work.kind",
                    "export.work.units", "export.work.position", "export.work.level", "export.work.headcount"));
            if (internal) {
                keys.add(3, "export.work.name");
            }
            return keys.stream().map(i18n::tr).toList();
        }

        private List<Object> row(int serial, WorkEntry e, Map<Long, String> units, Map<Long, String> members, boolean internal) {
            String sep = i18n.tr("sheet.nameSeparator");
            List<Object> row = new ArrayList<>();
            row.add(serial);
            row.add(e.on());
            row.add(e.at() == null ? null : e.at().toString());
            row.add(i18n.tr("workKind", e.kind()));
            row.add(i18n.tr("workStatus", e.status()));
            row.add(e.forGroup() ? i18n.tr("sheet.nextWeek.group")
                    : String.join(sep, e.unitIds().stream().map(units::get).filter(java.util.Objects::nonNull).sorted().toList()));
            row.add(String.join(sep, e.memberIds().stream().map(members::get).filter(java.util.Objects::nonNull).toList()));
            row.add(e.leaderId() == null ? null : members.get(e.leaderId()));
            row.add(e.method() == null ? null : i18n.tr("visitMethod", e.method()));
            row.add(what(e, internal));
            row.add(people(e, units, internal));
            row.add(String.join("\n", e.findings().stream().map(WorkFinding::text).toList()));
            row.add(String.join("\n", e.highlights()));
            // Notes of a meeting or a reading are the group's record; a talk's or a covert visit's are internal.
            row.add(internal || !e.internalNotes() ? e.notes() : "");
            return row;
        }

        /** The printable line, or with internal texts the covert visit's places too. */
        private String what(WorkEntry e, boolean internal) {
            if (internal && e.details() instanceof WorkDetails.Visit v && v.method() == VisitMethod.COVERT) {
                return i18n.tr("workLine.detail", i18n.tr("workKind", e.kind()),
                        String.join(i18n.tr("sheet.nameSeparator"), v.places().stream().map(VisitedPlace::name).toList()));
            }
            String title = e.publicTitle();
            String kind = i18n.tr("workKind", e.kind());
            return title.isEmpty() ? kind : i18n.tr("workLine.detail", kind, title);
        }

        /** "张三（书记，主要负责同志）、中层干部 4人" — names only with internal texts. */
        private String people(WorkEntry e, Map<Long, String> units, boolean internal) {
            if (!(e.details() instanceof WorkDetails.Talk talk)) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (Interviewee p : talk.people()) {
                String level = i18n.tr("personLevel", p.level());
                String who = p.position().isEmpty() ? level : p.position() + i18n.tr("sheet.nameSeparator") + level;
                parts.add(internal && p.named() ? i18n.tr("export.work.person", p.name(), who)
                        : i18n.tr("export.work.persons", who, p.count()));
            }
            return String.join(i18n.tr("sheet.nameSeparator"), parts);
        }

        private List<Object> personRow(int serial, WorkEntry e, Interviewee p, Map<Long, String> units, boolean internal) {
            List<Object> row = new ArrayList<>();
            row.add(serial);
            row.add(e.on());
            row.add(i18n.tr("workKind", e.kind()));
            if (internal) {
                row.add(p.name());
            }
            row.add(units.get(p.unitId()));
            row.add(p.position());
            row.add(i18n.tr("personLevel", p.level()));
            row.add(p.count());
            return row;
        }

    }

    /** The entries, and in a workbook the people talked to on a sheet of their own; whole or not at all. */
    private static void write(Path out, XlsxWriter.Sheet sheet, List<List<Object>> rows, XlsxWriter.Sheet peopleSheet,
                              List<List<Object>> people, String mark) {
        if (TableExport.isCsv(out)) {
            List<TableExport.Line> lines = rows.stream().map(r -> new TableExport.Line(r, XlsxWriter.Highlight.NONE)).toList();
            TableExport.write(out, sheet, lines, mark.strip());
            return;
        }
        TableExport.writeWorkbook(out, List.of(new TableExport.Tab(sheet, rows), new TableExport.Tab(peopleSheet, people)));
    }
}
