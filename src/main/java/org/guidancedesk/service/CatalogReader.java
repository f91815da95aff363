package org.guidancedesk.service;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CatalogEntries;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.tabular.RawRow;
import org.guidancedesk.tabular.RawSheet;
import org.guidancedesk.tabular.TableFileException;
import org.guidancedesk.tabular.TableReader;

/**
 * Reads a catalogue workbook ({@link CatalogSheets}) into entries, or into every problem it
 * has, each by tab, row and column: a tab or a column missing, an unknown phase or word, a
 * must-attend action without a phase, a title twice, a date that is not one. Nothing is taken
 * from a file with problems.
 */
final class CatalogReader {
    /** What the file holds, or why it cannot be imported. */
    record Read(String fileName, CatalogEntries entries, List<CatalogProblem> problems) {}

    private final LocalDate campaignStart;
    private final List<CatalogProblem> problems = new ArrayList<>();

    /** The group's members by name: a work item's 负责人. */
    private final Map<String, Long> memberIds;

    /**
     * @param campaignStart where a weekly or monthly rule without its 起始日期 starts
     * @param memberIds     the group's members by name, for a work item's 负责人
     */
    CatalogReader(LocalDate campaignStart, Map<String, Long> memberIds) {
        this.campaignStart = campaignStart;
        this.memberIds = Map.copyOf(memberIds);
    }

    Read read(Path file) {
        List<RawSheet> sheets;
        try {
            sheets = TableReader.readSheets(file);
        } catch (TableFileException e) {
            throw new LedgerFileException(e);
        }
        String name = file.getFileName().toString();
        Map<String, Tab> tabs = new HashMap<>();
        for (String tab : CatalogSheets.TABS) {
            Optional<RawSheet> sheet = sheets.stream().filter(s -> s.name().strip().equals(tab)).findFirst();
            if (sheet.isEmpty()) {
                problem(tab, 0, -1, "", "catalogio.problem.noSheet", tab);
            } else {
                header(tab, sheet.get()).ifPresent(t -> tabs.put(tab, t));
            }
        }
        for (String tab : CatalogSheets.CAMPAIGN_TABS) {
            sheets.stream().filter(s -> s.name().strip().equals(tab)).findFirst()
                    .flatMap(sheet -> header(tab, sheet)).ifPresent(t -> tabs.put(tab, t));
        }
        if (!problems.isEmpty()) {
            return new Read(name, null, List.copyOf(problems));
        }
        List<Phase> phases = phases(tabs.get(CatalogSheets.PHASES));
        List<RequiredAction> actions = new ArrayList<>(actions(tabs.get(CatalogSheets.ACTIONS), ActionScope.UNIT, phases));
        actions.addAll(actions(tabs.get(CatalogSheets.ITEMS), ActionScope.GROUP, phases));
        Map<Ledger, List<String>> categories = categories(tabs.get(CatalogSheets.CATEGORIES));
        List<Deadline> deadlines = deadlines(tabs.get(CatalogSheets.DEADLINES));
        List<LocalDate> nodes = tabs.containsKey(CatalogSheets.NODES) ? nodes(tabs.get(CatalogSheets.NODES)) : List.of();
        List<ReviewKind> kinds = tabs.containsKey(CatalogSheets.REVIEWS) ? reviewKinds(tabs.get(CatalogSheets.REVIEWS))
                : List.of();
        List<CatalogEntries.KindRule> rules = tabs.containsKey(CatalogSheets.UNIT_KINDS)
                ? kindRules(tabs.get(CatalogSheets.UNIT_KINDS), actions) : List.of();
        return problems.isEmpty()
                ? new Read(name, new CatalogEntries(phases, actions, categories, deadlines, nodes, kinds, rules), List.of())
                : new Read(name, null, List.copyOf(problems));
    }

    /** A tab's data rows and where each of its columns is. */
    private record Tab(String name, Map<String, Integer> columns, List<RawRow> rows) {
        /** The cell's text; "" in an optional column the file does not have. */
        String text(RawRow row, String column) {
            Integer c = columns.get(column);
            return c == null ? "" : row.text(c).strip();
        }

        org.guidancedesk.tabular.RawCell cell(RawRow row, String column) {
            return row.cell(columns.get(column));
        }
    }

    /** The header row among the first ten: the first that has every column; else each missing one is a problem. */
    private Optional<Tab> header(String tab, RawSheet sheet) {
        List<String> wanted = CatalogSheets.COLUMNS.get(tab);
        List<String> optional = CatalogSheets.OPTIONAL_COLUMNS.getOrDefault(tab, List.of());
        Map<String, Integer> best = Map.of();
        int headerIndex = -1;
        for (int i = 0; i < Math.min(10, sheet.rows().size()); i++) {
            RawRow row = sheet.rows().get(i);
            Map<String, Integer> found = new HashMap<>();
            for (int c = 0; c < row.cells().size(); c++) {
                String text = row.text(c).strip();
                if (wanted.contains(text) || optional.contains(text)) {
                    found.putIfAbsent(text, c);
                }
            }
            if (found.size() > best.size()) {
                best = found;
                headerIndex = i;
            }
            if (found.size() == wanted.size()) {
                break;
            }
        }
        if (best.size() < wanted.size()) {
            for (String column : wanted) {
                if (!best.containsKey(column)) {
                    problem(tab, 0, -1, column, "catalogio.problem.noColumn", column);
                }
            }
            return Optional.empty();
        }
        return Optional.of(new Tab(tab, best, sheet.rows().subList(headerIndex + 1, sheet.rows().size())));
    }

    private List<Phase> phases(Tab tab) {
        List<Phase> phases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : tab.rows()) {
            Optional<ActionScope> scope = CatalogSheets.keyOf(CatalogSheets.SCOPE_WORDS, tab.text(row, "类别"));
            String name = required(tab, row, "名称");
            if (scope.isEmpty()) {
                problem(tab, row, "类别", "catalogio.problem.scope", tab.text(row, "类别"));
            } else if (name != null && !seen.add(scope.get() + name)) {
                problem(tab, row, "名称", "catalogio.problem.twice", name);
            } else if (name != null) {
                int order = phases.size() + 1;
                make(tab, row, "名称", () -> phases.add(new Phase(0, scope.get(), tab.text(row, "代码"), name, order)));
            }
        }
        return phases;
    }

    private List<RequiredAction> actions(Tab tab, ActionScope scope, List<Phase> phases) {
        String phaseColumn = scope == ActionScope.UNIT ? "阶段" : "方面";
        List<RequiredAction> actions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : tab.rows()) {
            String title = required(tab, row, "名称");
            String phaseName = tab.text(row, phaseColumn);
            boolean must = false;
            if (scope == ActionScope.UNIT) {
                Optional<Boolean> m = CatalogSheets.mustAttend(tab.text(row, "指导组参加"));
                if (m.isEmpty()) {
                    problem(tab, row, "指导组参加", "catalogio.problem.mustAttend", tab.text(row, "指导组参加"));
                }
                must = m.orElse(false);
            }
            Optional<Phase> phase = phases.stream().filter(p -> p.scope() == scope && p.name().equals(phaseName)).findFirst();
            if (phaseName.isEmpty()) {
                problem(tab, row, phaseColumn, must ? "catalogio.problem.mustAttendNoPhase" : "catalogio.problem.noPhase");
            } else if (phase.isEmpty()) {
                problem(tab, row, phaseColumn, "catalogio.problem.unknownPhase", phaseName, CatalogSheets.PHASES);
            }
            LocalDate from = date(tab, row, "起始日期");
            LocalDate to = date(tab, row, "截止日期");
            Long owner = scope == ActionScope.GROUP ? memberIds.get(tab.text(row, "负责人")) : null;
            ItemRepeat repeat = null;
            if (scope == ActionScope.GROUP && !tab.text(row, "重复").isEmpty()) {
                repeat = RepeatWords.parse(tab.text(row, "重复")).orElse(null);
                if (repeat == null) {
                    problem(tab, row, "重复", "catalogio.problem.repeat", tab.text(row, "重复"));
                }
            }
            ItemRepeat rule = repeat;
            if (title != null && !seen.add(title)) {
                problem(tab, row, "名称", "catalogio.problem.twice", title);
            } else if (title != null && phase.isPresent()) {
                boolean attend = must;
                make(tab, row, "截止日期", () -> actions.add(new RequiredAction(0, title, phase.get(), attend, from, to, scope,
                        actions.size() + 1, owner, rule)));
            }
        }
        return actions;
    }

    private Map<Ledger, List<String>> categories(Tab tab) {
        Map<Ledger, List<String>> lists = new EnumMap<>(Ledger.class);
        for (RawRow row : tab.rows()) {
            Optional<Ledger> ledger = CatalogSheets.keyOf(CatalogSheets.LEDGER_WORDS, tab.text(row, "台账"));
            String name = required(tab, row, "类别");
            if (ledger.isEmpty()) {
                problem(tab, row, "台账", "catalogio.problem.ledger", tab.text(row, "台账"));
            } else if (name != null) {
                List<String> list = lists.computeIfAbsent(ledger.get(), l -> new ArrayList<>());
                if (list.contains(name)) {
                    problem(tab, row, "类别", "catalogio.problem.twice", name);
                } else {
                    list.add(name);
                }
            }
        }
        return lists;
    }

    private List<Deadline> deadlines(Tab tab) {
        List<Deadline> deadlines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : tab.rows()) {
            String title = required(tab, row, "名称");
            Recurrence rule = rule(tab, row);
            LocalTime time = time(tab, row);
            String recipient = tab.text(row, "报送对象");
            if (title != null && !seen.add(title)) {
                problem(tab, row, "名称", "catalogio.problem.twice", title);
            } else if (title != null && rule != null) {
                make(tab, row, "名称", () -> deadlines.add(new Deadline(0, title, time,
                        recipient.isEmpty() ? Deadline.DEFAULT_RECIPIENT : recipient, null, rule, tab.text(row, "说明"))));
            }
        }
        return deadlines;
    }

    /** The 三个节点 by place (第一个节点 …), each a date; earliest first as the ledger keeps them. */
    private List<LocalDate> nodes(Tab tab) {
        LocalDate[] byPlace = new LocalDate[LedgerService.MAX_MILESTONES];
        for (RawRow row : tab.rows()) {
            String word = tab.text(row, "节点");
            Optional<Integer> place = CatalogSheets.node(word);
            LocalDate day = date(tab, row, "日期");
            if (place.isEmpty()) {
                problem(tab, row, "节点", "catalogio.problem.node", word);
            } else if (byPlace[place.get()] != null) {
                problem(tab, row, "节点", "catalogio.problem.twice", word);
            } else if (day == null && tab.text(row, "日期").isEmpty()) {
                problem(tab, row, "日期", "validation.required");
            } else if (day != null && java.util.Arrays.asList(byPlace).contains(day)) {
                problem(tab, row, "日期", "catalogio.problem.twice", day);
            } else if (day != null) {
                byPlace[place.get()] = day;
                make(tab, row, "日期", () -> org.guidancedesk.domain.DateRange.check("ledger.milestones", day));
            }
        }
        return java.util.Arrays.stream(byPlace).filter(java.util.Objects::nonNull).sorted().toList();
    }

    /** The kinds of document reviewed, each with its criteria ("；" or a line between them). */
    private List<ReviewKind> reviewKinds(Tab tab) {
        List<ReviewKind> kinds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : tab.rows()) {
            String name = required(tab, row, "名称");
            List<String> criteria = List.of(tab.text(row, "审阅标准").split(CatalogSheets.CRITERIA_SEPARATOR + "|\\R"));
            if (name != null && !seen.add(name)) {
                problem(tab, row, "名称", "catalogio.problem.twice", name);
            } else if (name != null) {
                make(tab, row, "名称", () -> kinds.add(new ReviewKind(0, name, criteria, kinds.size() + 1)));
            }
        }
        return kinds;
    }

    /** The rules by kind of unit, each naming a units' required action of the file's own 规定动作 tab. */
    private List<CatalogEntries.KindRule> kindRules(Tab tab, List<RequiredAction> actions) {
        List<CatalogEntries.KindRule> rules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawRow row : tab.rows()) {
            String kindWord = tab.text(row, "单位类型");
            String ruleWord = tab.text(row, "规则");
            Optional<UnitKind> kind = CatalogSheets.unitKind(kindWord);
            Optional<UnitKindRule.Rule> rule = CatalogSheets.keyOf(CatalogSheets.RULE_WORDS, ruleWord);
            String title = required(tab, row, "规定动作名称");
            if (kind.isEmpty()) {
                problem(tab, row, "单位类型", "catalogio.problem.unitKind", kindWord,
                        String.join("、", CatalogSheets.UNIT_KIND_WORDS_IN_ORDER));
            }
            if (rule.isEmpty()) {
                problem(tab, row, "规则", "catalogio.problem.kindRule", ruleWord);
            }
            if (title == null) {
                continue;
            }
            if (actions.stream().noneMatch(a -> a.scope() == ActionScope.UNIT && a.title().equals(title))) {
                problem(tab, row, "规定动作名称", "catalogio.problem.unknownAction", title, CatalogSheets.ACTIONS);
            } else if (kind.isPresent() && rule.isPresent() && !seen.add(kind.get() + "|" + title)) {
                problem(tab, row, "规定动作名称", "catalogio.problem.kindTwice", title, kindWord);
            } else if (kind.isPresent() && rule.isPresent()) {
                rules.add(new CatalogEntries.KindRule(title, kind.get(), rule.get()));
            }
        }
        return rules;
    }

    /** 一次 on a date; 每周 on a weekday, 每月 on a day, each from 起始日期 (the campaign's start when blank) to 截止日期. */
    private Recurrence rule(Tab tab, RawRow row) {
        String how = tab.text(row, "方式");
        String day = tab.text(row, "日期");
        LocalDate from = date(tab, row, "起始日期");
        LocalDate until = date(tab, row, "截止日期");
        LocalDate start = from == null ? campaignStart : from;
        try {
            switch (how.isEmpty() ? CatalogSheets.ONCE : how) {
                case CatalogSheets.ONCE -> {
                    LocalDate due = date(tab, row, "日期");
                    if (due == null && day.isEmpty()) {
                        problem(tab, row, "日期", "validation.required");
                    }
                    if (due == null) {
                        return null; // a date that is not one is said by date()
                    }
                    return new Recurrence.Once(due);
                }
                case CatalogSheets.WEEKLY -> {
                    Optional<DayOfWeek> weekday = CatalogSheets.weekday(day);
                    if (weekday.isEmpty()) {
                        problem(tab, row, "日期", "catalogio.problem.weekday", day);
                        return null;
                    }
                    return new Recurrence.Weekly(weekday.get(), start, until);
                }
                case CatalogSheets.MONTHLY -> {
                    if (!day.matches("\\d{1,2}日?")) {
                        problem(tab, row, "日期", "catalogio.problem.monthDay", day);
                        return null;
                    }
                    return new Recurrence.Monthly(Integer.parseInt(day.replace("日", "")), start, until);
                }
                default -> {
                    problem(tab, row, "方式", "catalogio.problem.rule", how);
                    return null;
                }
            }
        } catch (ValidationException e) {
            problem(tab, row, "截止日期", e.messageKey(), e.args());
            return null;
        }
    }

    private LocalTime time(Tab tab, RawRow row) {
        String text = tab.text(row, "时间");
        try {
            return text.isEmpty() ? null : LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            problem(tab, row, "时间", "catalogio.problem.time", text);
            return null;
        }
    }

    private LocalDate date(Tab tab, RawRow row, String column) {
        try {
            return LedgerCells.date(tab.cell(row, column));
        } catch (LedgerCells.Refusal r) {
            problem(tab, row, column, r.messageKey, r.args);
            return null;
        }
    }

    private String required(Tab tab, RawRow row, String column) {
        String text = tab.text(row, column);
        if (text.isEmpty()) {
            problem(tab, row, column, "validation.required");
            return null;
        }
        return text;
    }

    /** Builds a record; a rule of the record's own that refuses it is a problem of the cell. */
    private void make(Tab tab, RawRow row, String column, Runnable build) {
        try {
            build.run();
        } catch (ValidationException e) {
            problem(tab, row, column, e.messageKey(), e.args());
        }
    }

    private void problem(Tab tab, RawRow row, String column, String key, Object... args) {
        problem(tab.name(), row.number(), tab.columns().get(column), column, key, args);
    }

    private void problem(String sheet, int row, int column, String header, String key, Object... args) {
        List<Object> kept = args == null ? List.of()
                : java.util.Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList();
        problems.add(new CatalogProblem(sheet, row, column, header, key, kept));
    }
}
