package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CatalogEntries;
import org.guidancedesk.domain.CatalogPlan;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.ReviewKindRepository;
import org.guidancedesk.store.SettingRepository;
import org.guidancedesk.store.UnitKindRuleRepository;

/**
 * The rest of a campaign in a catalogue workbook, beside the catalogue itself: the 三个节点 (the
 * ledger's setting), the kinds of document reviewed with their criteria, and the rules by kind of
 * unit ({@link CatalogSheets#CAMPAIGN_TABS}). Reads the group's, gives the export's rows, and
 * writes an import's part of them inside its transaction: nodes by place, kinds by name, rules by
 * action and kind added or changed, nothing removed. A rule added or changed is applied at once to
 * the units there ({@link UnitKindRules}, as when a unit is added), so the import means the same
 * for the units the group has as for those it adds later.
 */
final class CatalogCampaign {
    private final ActionRepository actions = new ActionRepository();
    private final ReviewKindRepository kinds = new ReviewKindRepository();
    private final UnitKindRuleRepository rules = new UnitKindRuleRepository();
    private final UnitKindRules kindRules;

    CatalogCampaign(WritingLanguage language) {
        this.kindRules = new UnitKindRules(language);
    }

    /** The group's nodes, review kinds and rules (each by its action's title). */
    CatalogEntries withCampaign(Connection c, CatalogEntries catalogue) throws SQLException {
        Map<Long, String> titles = actions.findAll(c).stream().filter(a -> a.scope() == ActionScope.UNIT)
                .collect(Collectors.toMap(RequiredAction::id, RequiredAction::title));
        List<CatalogEntries.KindRule> kindRules = new ArrayList<>();
        for (UnitKindRule r : rules.findAll(c)) {
            if (titles.containsKey(r.actionId())) {
                kindRules.add(new CatalogEntries.KindRule(titles.get(r.actionId()), r.kind(), r.rule()));
            }
        }
        return new CatalogEntries(catalogue.phases(), catalogue.actions(), catalogue.categories(), catalogue.deadlines(),
                LedgerService.milestones(c), kinds.findAll(c), kindRules);
    }

    List<List<Object>> nodeRows(CatalogEntries c) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < c.nodes().size(); i++) {
            rows.add(List.of(CatalogSheets.node(i), c.nodes().get(i)));
        }
        return rows;
    }

    List<List<Object>> reviewRows(CatalogEntries c) {
        return c.reviewKinds().stream()
                .map(k -> List.<Object>of(k.name(), String.join(CatalogSheets.CRITERIA_SEPARATOR, k.criteria()))).toList();
    }

    List<List<Object>> ruleRows(CatalogEntries c) {
        return c.kindRules().stream().map(r -> List.<Object>of(CatalogSheets.UNIT_KIND_WORDS.get(r.kind()),
                CatalogSheets.RULE_WORDS.get(r.rule()), r.title())).toList();
    }

    /** Writes the file's nodes, review kinds and rules over the group's ({@code current}, read in this transaction). */
    void write(Connection c, CatalogEntries file, CatalogEntries current, Instant now) throws SQLException {
        List<LocalDate> nodes = CatalogPlan.nodesAfter(file, current);
        if (!nodes.equals(current.nodes())) {
            new SettingRepository().save(c, LedgerService.MILESTONES,
                    String.join(",", nodes.stream().map(LocalDate::toString).toList()));
        }
        for (ReviewKind k : file.reviewKinds()) {
            Optional<ReviewKind> same = current.reviewKinds().stream().filter(x -> x.name().equals(k.name())).findFirst();
            if (same.isEmpty()) {
                kinds.insert(c, k);
            } else if (!same.get().criteria().equals(k.criteria())) {
                kinds.update(c, new ReviewKind(same.get().id(), same.get().name(), k.criteria(), same.get().sortOrder()));
            }
        }
        Map<String, Long> ids = actions.findAll(c).stream().filter(a -> a.scope() == ActionScope.UNIT)
                .collect(Collectors.toMap(RequiredAction::title, RequiredAction::id, (a, b) -> a));
        Set<Long> ruled = new HashSet<>();
        for (CatalogEntries.KindRule r : file.kindRules()) {
            Optional<CatalogEntries.KindRule> same = CatalogPlan.rule(current, r.title(), r.kind());
            UnitKindRule stored = new UnitKindRule(ids.get(r.title()), r.kind(), r.rule());
            if (same.isEmpty()) {
                rules.insert(c, stored);
                ruled.add(stored.actionId());
            } else if (same.get().rule() != r.rule()) {
                rules.update(c, stored);
                ruled.add(stored.actionId());
            }
        }
        if (!ruled.isEmpty()) {
            kindRules.applyToAll(c, ruled, now);
        }
    }
}
