package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.LedgerNode;
import org.guidancedesk.domain.ProgressNote;
import org.guidancedesk.domain.Rectification;
import org.guidancedesk.domain.RectificationStatus;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.tabular.RawCell;
import org.guidancedesk.tabular.RawRow;

/**
 * Turns one row of a ledger file into an item, or into the problems that stop it, each naming
 * its column. Knows the group's units and today's date; keeps no state between rows.
 */
final class LedgerRowReader {
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    /** Fields whose text several columns may share (joined), e.g. 责任部门 and 责任人. */
    private static final List<LedgerColumn> JOINABLE = List.of(LedgerColumn.OWNER, LedgerColumn.PROBLEM,
            LedgerColumn.MEASURES, LedgerColumn.STANDARD, LedgerColumn.REMARKS, LedgerColumn.EVIDENCE,
            LedgerColumn.PROGRESS);

    /** Fields a status brings with it; a refusal about one the file lacks is shown on the status. */
    private static final List<LedgerColumn> DATES_OF_STATUS = List.of(LedgerColumn.COMPLETED_ON,
            LedgerColumn.VERIFIED_ON, LedgerColumn.VERIFIED_BY);

    private final Map<LedgerColumn, List<Integer>> columns = new EnumMap<>(LedgerColumn.class);
    private final List<String> headers;
    private final Map<String, Long> unitsByName;
    private final ImportOptions options;
    private final LocalDate today;

    LedgerRowReader(Map<Integer, LedgerColumn> mapping, List<String> headers, Map<String, Long> unitsByName,
                    ImportOptions options, LocalDate today) {
        mapping.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> columns.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey()));
        this.headers = headers;
        this.unitsByName = unitsByName;
        this.options = options;
        this.today = today;
    }

    /** Problems with the mapping itself (no 问题描述 column, a date field mapped twice, no unit). */
    List<ImportProblem> mappingProblems() {
        List<ImportProblem> problems = new ArrayList<>();
        if (!columns.containsKey(LedgerColumn.PROBLEM)) {
            problems.add(new ImportProblem(0, -1, "", "ledgerio.problem.noProblemColumn", List.of()));
        }
        columns.forEach((field, cols) -> {
            if (cols.size() > 1 && !JOINABLE.contains(field)) {
                problems.add(new ImportProblem(0, cols.get(1), header(cols.get(1)), "ledgerio.problem.mappedTwice",
                        List.of(field.header())));
            }
        });
        if (!columns.containsKey(LedgerColumn.UNIT) && options.unitId() == null) {
            problems.add(new ImportProblem(0, -1, "", "ledgerio.problem.noUnit", List.of()));
        }
        return problems;
    }

    /** Whether every mapped cell of the row is empty (a row of ignored columns only). */
    boolean blank(RawRow row) {
        for (List<Integer> cols : columns.values()) {
            for (int c : cols) {
                if (!row.text(c).isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The row as an item and its notes, or the problems found (then {@code row} is null). */
    record Result(ImportPreview.Row row, List<ImportProblem> problems) {}

    Result read(RawRow raw) {
        List<ImportProblem> problems = new ArrayList<>();
        Cells cells = new Cells(raw, problems);
        Ledger ledger = cells.parse(LedgerColumn.LEDGER, LedgerCells::ledger);
        Long unitId = unit(cells, problems, raw);
        LedgerCells.Due due = cells.parse(LedgerColumn.DUE, LedgerCells::due);
        LedgerNode node = cells.parse(LedgerColumn.NODE, LedgerCells::node);
        RectificationStatus status = cells.parse(LedgerColumn.STATUS, LedgerCells::status);
        LocalDate completed = cells.parse(LedgerColumn.COMPLETED_ON, LedgerCells::date);
        LocalDate verified = cells.parse(LedgerColumn.VERIFIED_ON, LedgerCells::date);
        LocalDate created = cells.parse(LedgerColumn.CREATED_ON, LedgerCells::date);
        LocalDate originalColumn = cells.parse(LedgerColumn.ORIGINAL_DUE, LedgerCells::date);
        notInFuture(cells, LedgerColumn.COMPLETED_ON, completed, problems, raw);
        notInFuture(cells, LedgerColumn.VERIFIED_ON, verified, problems, raw);
        notInFuture(cells, LedgerColumn.CREATED_ON, created, problems, raw);
        List<ProgressNote> notes = new ArrayList<>();
        try {
            notes.addAll(ProgressText.parse(cells.text(LedgerColumn.PROGRESS), today));
        } catch (ValidationException e) {
            problems.add(cells.problem(LedgerColumn.PROGRESS, e.messageKey(), e.args()));
        }
        LocalDate original = null;
        try {
            List<ProgressNote> extensions = ExtensionText.parse(cells.text(LedgerColumn.EXTENSION), today);
            notes.addAll(extensions);
            original = original(cells, originalColumn, due, extensions, problems);
        } catch (ValidationException e) {
            problems.add(cells.problem(LedgerColumn.EXTENSION, e.messageKey(), e.args()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        String statusText = cells.text(LedgerColumn.STATUS);
        if (status == null) {
            status = verified != null ? RectificationStatus.CLOSED : completed != null ? RectificationStatus.COMPLETED
                    : RectificationStatus.NOT_STARTED;
        } else if (LedgerCells.saysMoreThanStatus(statusText) && cells.column(LedgerColumn.PROGRESS) < 0) {
            notes.add(new ProgressNote(0, 0, today, statusText));
        }
        LedgerNode effectiveNode = node != null ? node : due.node() != null ? due.node()
                : status == RectificationStatus.ONGOING ? LedgerNode.LONG_TERM : LedgerNode.DEADLINE;
        try {
            Rectification item = Rectification.builder(ledger != null ? ledger : options.ledger(), unitId,
                            created != null ? created : today)
                    .category(cells.text(LedgerColumn.CATEGORY)).problem(cells.text(LedgerColumn.PROBLEM))
                    .measures(cells.text(LedgerColumn.MEASURES)).standard(cells.text(LedgerColumn.STANDARD))
                    .leader(cells.text(LedgerColumn.LEADER)).owner(cells.text(LedgerColumn.OWNER)).node(effectiveNode)
                    .due(due.date()).originalDue(original).rawStatus(status)
                    .completedOn(completed).verifiedOn(verified).verifiedBy(cells.text(LedgerColumn.VERIFIED_BY))
                    .evidence(cells.text(LedgerColumn.EVIDENCE)).remarks(cells.text(LedgerColumn.REMARKS)).build();
            return new Result(new ImportPreview.Row(raw.number(), item, notes), List.of());
        } catch (ValidationException e) {
            LedgerColumn field = fieldColumn(e.field());
            if (cells.column(field) < 0 && DATES_OF_STATUS.contains(field)) {
                field = LedgerColumn.STATUS; // "已销号" without a 销号时间 column: the status cell is what to fix
            }
            return new Result(null, List.of(cells.problem(field, e.messageKey(), e.args())));
        }
    }

    /**
     * An extended item's first due date: from the 原定完成时限 column, or the 整改时限 cell's
     * "（原定…，已延期）", or the first 延期 line's date; the places that say it must agree, and
     * the last 延期 must be to the 整改时限 (else a problem on the column to fix, and {@code null}).
     */
    private static LocalDate original(Cells cells, LocalDate column, LedgerCells.Due due, List<ProgressNote> extensions,
                                      List<ImportProblem> problems) {
        if (column != null && due.original() != null && !column.equals(due.original())) {
            problems.add(cells.problem(LedgerColumn.ORIGINAL_DUE, "ledgerio.problem.originalDisagrees",
                    due.original().toString()));
            return null;
        }
        List<ProgressNote> decided = extensions.stream().filter(n -> n.extension() != null).toList();
        LocalDate original = column != null ? column : due.original();
        if (decided.isEmpty()) {
            return original;
        }
        LocalDate first = decided.get(0).extension().from();
        LocalDate last = decided.get(decided.size() - 1).extension().to();
        if (original != null && !original.equals(first)) {
            problems.add(cells.problem(LedgerColumn.EXTENSION, "ledgerio.problem.extensionFromOther",
                    first.toString(), original.toString()));
        } else if (!last.equals(due.date())) {
            problems.add(cells.problem(LedgerColumn.EXTENSION, "ledgerio.problem.extensionToOther",
                    last.toString(), due.date() == null ? "" : due.date().toString()));
        }
        return first;
    }

    private Long unit(Cells cells, List<ImportProblem> problems, RawRow raw) {
        String name = BLANKS.matcher(cells.text(LedgerColumn.UNIT)).replaceAll("");
        if (name.isEmpty()) {
            if (options.unitId() == null && columns.containsKey(LedgerColumn.UNIT)) {
                problems.add(cells.problem(LedgerColumn.UNIT, "ledgerio.problem.unitMissing"));
            }
            return options.unitId() == null ? 0L : options.unitId();
        }
        Long id = unitsByName.get(name);
        if (id == null) {
            problems.add(cells.problem(LedgerColumn.UNIT, "ledgerio.problem.unknownUnit", name));
            return 0L;
        }
        return id;
    }

    private void notInFuture(Cells cells, LedgerColumn field, LocalDate date, List<ImportProblem> problems, RawRow raw) {
        if (date != null && date.isAfter(today)) {
            problems.add(cells.problem(field, "validation.notInFuture"));
        }
    }

    static LedgerColumn fieldColumn(String field) {
        return switch (field) {
            case "rectification.category" -> LedgerColumn.CATEGORY;
            case "rectification.problem" -> LedgerColumn.PROBLEM;
            case "rectification.measures" -> LedgerColumn.MEASURES;
            case "rectification.standard" -> LedgerColumn.STANDARD;
            case "rectification.leader" -> LedgerColumn.LEADER;
            case "rectification.owner" -> LedgerColumn.OWNER;
            case "rectification.due", "rectification.originalDue" -> LedgerColumn.DUE;
            case "rectification.completedOn" -> LedgerColumn.COMPLETED_ON;
            case "rectification.verifiedOn" -> LedgerColumn.VERIFIED_ON;
            case "rectification.verifiedBy" -> LedgerColumn.VERIFIED_BY;
            case "rectification.evidence" -> LedgerColumn.EVIDENCE;
            case "rectification.remarks" -> LedgerColumn.REMARKS;
            default -> LedgerColumn.STATUS;
        };
    }

    private String header(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    /** Parses one cell, turning a refusal into a problem on its column. */
    @FunctionalInterface
    private interface CellParser<T> {
        T parse(RawCell cell) throws LedgerCells.Refusal;
    }

    /** The cells of one row by field, and the problems found in them. */
    private final class Cells {
        private final RawRow row;
        private final List<ImportProblem> problems;

        Cells(RawRow row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        int column(LedgerColumn field) {
            List<Integer> cols = columns.get(field);
            return cols == null ? -1 : cols.get(0);
        }

        /** The field's text; several columns of a joinable field are joined ("部门／责任人"). */
        String text(LedgerColumn field) {
            List<Integer> cols = columns.get(field);
            if (cols == null) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (int c : cols) {
                String t = row.text(c).strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
            return String.join(field == LedgerColumn.OWNER ? "／" : "\n", parts);
        }

        <T> T parse(LedgerColumn field, CellParser<T> parser) {
            int c = column(field);
            if (c < 0) {
                return field == LedgerColumn.DUE ? parserDefault(parser) : null;
            }
            try {
                return parser.parse(row.cell(c));
            } catch (LedgerCells.Refusal r) {
                problems.add(problem(field, r.messageKey, r.args));
                return field == LedgerColumn.DUE ? parserDefault(parser) : null;
            }
        }

        @SuppressWarnings("unchecked")
        private <T> T parserDefault(CellParser<T> parser) {
            return (T) new LedgerCells.Due(null, null, null);
        }

        ImportProblem problem(LedgerColumn field, String key, Object... args) {
            int c = column(field);
            return new ImportProblem(row.number(), c, c < 0 ? field.header() : header(c), key, List.of(args));
        }
    }
}
