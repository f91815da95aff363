package org.guidancedesk.service;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.CampaignTemplate.ActionEntry;
import org.guidancedesk.domain.CampaignTemplate.Batch;
import org.guidancedesk.domain.CampaignTemplate.CategoryEntry;
import org.guidancedesk.domain.CampaignTemplate.DeadlineEntry;
import org.guidancedesk.domain.CampaignTemplate.NodeEntry;
import org.guidancedesk.domain.CampaignTemplate.PhaseEntry;
import org.guidancedesk.domain.CampaignTemplate.ReviewEntry;
import org.guidancedesk.domain.DayRule;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.ItemRepeat;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.UnitKindRule;

/**
 * The campaign templates shipped in the jar ({@code templates/2019.txt} … beside this class, one
 * readable text each, see {@link SectionedText}): 2019 “不忘初心、牢记使命” (第一批, 第二批), 2021
 * 党史学习教育, 2023 学习贯彻习近平新时代中国特色社会主义思想主题教育. A template's own errors name
 * the file and line; every shipped one is read by the tests.
 */
public final class CampaignTemplates {
    /** The shipped templates' codes, oldest campaign first. */
    public static final List<String> CODES = List.of("2019", "2021", "2023");
    /** The template a group starts from unless another is chosen: the catalogue the program has always had. */
    public static final String STANDARD = "2019";
    /** The batch of {@link #STANDARD} a group starts from unless another is chosen. */
    public static final String STANDARD_BATCH = "2";

    private static final Map<String, ActionScope> SCOPES = Map.of("U", ActionScope.UNIT, "G", ActionScope.GROUP);
    private static final Map<String, Duty> DUTIES = Map.of("联络", Duty.LIAISON, "材料", Duty.DOCUMENTS,
            "后勤", Duty.LOGISTICS, "统筹", Duty.COORDINATION);
    private static final Map<String, Ledger> LEDGERS = Map.of("整治", Ledger.SPECIAL, "整改", Ledger.RECTIFY);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("每周一", DayOfWeek.MONDAY, "每周二", DayOfWeek.TUESDAY,
            "每周三", DayOfWeek.WEDNESDAY, "每周四", DayOfWeek.THURSDAY, "每周五", DayOfWeek.FRIDAY);

    private CampaignTemplates() {}

    /** Every shipped template, in {@link #CODES}' order. */
    public static List<CampaignTemplate> all() {
        return CODES.stream().map(CampaignTemplates::load).toList();
    }

    /** The shipped template of that code. */
    public static CampaignTemplate load(String code) {
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("no template " + code + "; there are " + CODES);
        }
        return parse(SectionedText.read(CampaignTemplates.class, "templates/" + code + ".txt"));
    }

    /**
     * The catalogue a new group gets when no template is chosen (the welcome's): 2019 第二批
     * without its dated parts — what StandardCatalog held before templates.
     */
    public static CampaignTemplate standardCatalogue() {
        return load(STANDARD).forBatch(STANDARD_BATCH).catalogueOnly();
    }

    static CampaignTemplate parse(SectionedText text) {
        Map<String, String> head = new java.util.HashMap<>();
        text.rows("template").forEach(r -> head.put(r.field(0), r.field(1)));
        List<Batch> batches = rows(text, "batches", r -> new Batch(r.field(0), r.field(1), r.field(2)));
        List<PhaseEntry> phases = rows(text, "phases", r -> new PhaseEntry(scope(r), r.field(1), r.field(2),
                r.field(3)));
        List<ActionEntry> actions = rows(text, "actions", r -> new ActionEntry(scope(r), r.field(1),
                !r.field(2).isEmpty(), r.field(3), day(r, 4), day(r, 5), r.field(6), r.field(7), duty(r, 8),
                repeat(r, 9)));
        List<CategoryEntry> categories = rows(text, "categories", r -> new CategoryEntry(
                of(LEDGERS, r, 0), r.field(1), r.field(2)));
        List<NodeEntry> nodes = rows(text, "nodes", r -> new NodeEntry(r.field(0), day(r, 1), r.field(2)));
        List<DeadlineEntry> deadlines = rows(text, "deadlines", r -> {
            boolean weekly = WEEKDAYS.containsKey(r.field(1));
            return new DeadlineEntry(r.field(0), weekly ? null : day(r, 1), weekly ? WEEKDAYS.get(r.field(1)) : null,
                    time(r, 2), r.field(3), r.field(4), r.field(5));
        });
        List<ReviewEntry> reviews = rows(text, "reviews", r -> new ReviewEntry(r.field(0),
                r.field(1).isEmpty() ? List.of() : List.of(r.field(1).split("；")), r.field(2)));
        List<CampaignTemplate.KindEntry> kinds = new ArrayList<>();
        List<ActionEntry> withAdded = new ArrayList<>(actions);
        rows(text, "unit kinds", r -> {
            kinds.add(kindEntry(r, withAdded));
            return r;
        });
        try {
            return new CampaignTemplate(head.get("code"), head.get("name"), head.get("campaign"), batches, phases,
                    withAdded, categories, nodes, deadlines, reviews, head.get("recipient"), kinds);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> List<T> rows(SectionedText text, String section, Function<SectionedText.Row, T> read) {
        List<T> out = new ArrayList<>();
        for (SectionedText.Row r : text.rowsIfAny(section)) {
            try {
                out.add(read.apply(r));
            } catch (RuntimeException e) {
                throw new IllegalStateException(text.where(r) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * A [unit kinds] row: {@code KIND|add|phase|*|batch|from|to|title|source} lists the action
     * (once, however many kinds add it) for units of that kind; {@code KIND|not-applicable|title|source}
     * exempts units of that kind from an action listed elsewhere.
     */
    private static CampaignTemplate.KindEntry kindEntry(SectionedText.Row r, List<ActionEntry> actions) {
        UnitKind kind;
        try {
            kind = UnitKind.valueOf(r.field(0));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 1 is none of " + List.of(UnitKind.values()), e);
        }
        return switch (r.field(1)) {
            case "add" -> {
                ActionEntry a = new ActionEntry(ActionScope.UNIT, r.field(2), !r.field(3).isEmpty(), r.field(4),
                        day(r, 5), day(r, 6), r.field(7), r.field(8));
                if (actions.stream().noneMatch(x -> x.scope() == ActionScope.UNIT && x.batch().equals(a.batch())
                        && x.title().equals(a.title()))) {
                    actions.add(a);
                }
                yield new CampaignTemplate.KindEntry(kind, UnitKindRule.Rule.ADD, a.title(), a.source());
            }
            case "not-applicable" -> new CampaignTemplate.KindEntry(kind, UnitKindRule.Rule.NOT_APPLICABLE, r.field(2),
                    r.field(3));
            default -> throw new IllegalArgumentException("field 2 is neither add nor not-applicable");
        };
    }

    private static ActionScope scope(SectionedText.Row r) {
        return of(SCOPES, r, 0);
    }

    private static <T> T of(Map<String, T> codes, SectionedText.Row r, int field) {
        T value = codes.get(r.field(field));
        if (value == null) {
            throw new IllegalArgumentException("field " + (field + 1) + " is none of " + codes.keySet());
        }
        return value;
    }

    /** A work item's owner by duty (联络, 材料, 后勤, 统筹), or null when the field is blank. */
    private static Duty duty(SectionedText.Row r, int field) {
        return r.field(field).isEmpty() ? null : of(DUTIES, r, field);
    }

    /** A work item's repeat rule (每周三, 每月15日), or null when the field is blank. */
    private static ItemRepeat repeat(SectionedText.Row r, int field) {
        if (r.field(field).isEmpty()) {
            return null;
        }
        return RepeatWords.parse(r.field(field)).orElseThrow(() -> new IllegalArgumentException(
                "field " + (field + 1) + " is no repeat rule (每周三, 每月15日): " + r.field(field)));
    }

    private static DayRule day(SectionedText.Row r, int field) {
        return DayRule.parse(r.field(field));
    }

    private static LocalTime time(SectionedText.Row r, int field) {
        try {
            return r.field(field).isEmpty() ? null : LocalTime.parse(r.field(field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time (17:00): " + r.field(field), e);
        }
    }
}
