package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.Deadline;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Phase;
import org.guidancedesk.domain.Recurrence;
import org.guidancedesk.domain.RequiredAction;
import org.guidancedesk.domain.ReviewKind;
import org.guidancedesk.domain.UnitKindRule;
import org.guidancedesk.store.ActionRepository;
import org.guidancedesk.store.DeadlineRepository;
import org.guidancedesk.store.LedgerListsRepository;
import org.guidancedesk.store.PhaseRepository;
import org.guidancedesk.store.ReviewKindRepository;
import org.guidancedesk.store.SettingRepository;
import org.guidancedesk.store.UnitKindRuleRepository;

/**
 * Writes a campaign template (one batch of it) into a file that has no group yet, inside the
 * transaction that creates the group: phases and areas, the catalogue with its due windows
 * worked out from the group's dates, the ledgers' categories, the 三个节点, the reporting
 * deadlines (the secretary responsible, sent to the template's recipient), the rules by kind of
 * unit and the review kinds. What a new file starts with
 * (migrations 13 and 11: the five phases of 2019, ten review kinds) is kept where the template
 * has the same entry and otherwise replaced while nothing refers to it.
 */
final class TemplateWriter {
    private final PhaseRepository phases = new PhaseRepository();
    private final ActionRepository actions = new ActionRepository();
    private final ReviewKindRepository kinds = new ReviewKindRepository();

    /**
     * @param members the group's members in order (the secretary first): a work item naming a
     *                duty is looked after by the first of them who has it
     */
    void write(Connection c, CampaignTemplate t, Group group, long secretaryId, List<Member> members) throws SQLException {
        List<Phase> stored = phases(c, t);
        java.util.Map<String, Long> unitActionIds = new java.util.HashMap<>();
        for (CampaignTemplate.ActionEntry e : t.actions()) {
            Phase phase = stored.stream().filter(p -> p.scope() == e.scope() && p.code().equals(e.phase())).findFirst()
                    .orElseThrow();
            LocalDate from = e.from() == null ? null : e.from().on(group.start(), group.end());
            LocalDate to = e.to() == null ? null : e.to().on(group.start(), group.end());
            Long owner = e.owner() == null ? null : members.stream().filter(m -> m.duties().contains(e.owner()))
                    .map(Member::id).findFirst().orElse(null);
            RequiredAction saved = actions.insert(c, new RequiredAction(0, e.title(), phase, e.mustAttend(), from, to,
                    e.scope(), 0, owner, e.repeat()));
            if (e.scope() == ActionScope.UNIT) {
                unitActionIds.putIfAbsent(e.title(), saved.id());
            }
        }
        UnitKindRuleRepository rules = new UnitKindRuleRepository();
        for (CampaignTemplate.KindEntry k : t.unitKinds()) {
            rules.insert(c, new UnitKindRule(unitActionIds.get(k.title()), k.kind(), k.rule()));
        }
        LedgerListsRepository lists = new LedgerListsRepository();
        for (Ledger l : Ledger.values()) {
            List<String> names = t.categories().stream().filter(x -> x.ledger() == l)
                    .map(CampaignTemplate.CategoryEntry::name).toList();
            if (!names.isEmpty()) {
                lists.saveCategories(c, l, names);
            }
        }
        if (!t.nodes().isEmpty()) {
            new SettingRepository().save(c, LedgerService.MILESTONES, String.join(",", t.nodes().stream()
                    .map(n -> n.day().on(group.start(), group.end())).distinct().sorted().map(LocalDate::toString)
                    .toList()));
        }
        DeadlineRepository deadlines = new DeadlineRepository();
        for (CampaignTemplate.DeadlineEntry d : t.deadlines()) {
            Recurrence rule = d.weekly() != null ? new Recurrence.Weekly(d.weekly(), group.start(), null)
                    : new Recurrence.Once(d.once().on(group.start(), group.end()));
            deadlines.insert(c, new Deadline(0, d.title(), d.time(), t.recipient(), secretaryId, rule,
                    d.note()));
        }
        reviewKinds(c, t);
    }

    /** The template's phases as stored: the file's own where one has the same code or name, the rest added. */
    private List<Phase> phases(Connection c, CampaignTemplate t) throws SQLException {
        List<Phase> kept = phases.findAll(c);
        List<Long> ids = new ArrayList<>();
        for (CampaignTemplate.PhaseEntry p : t.phases()) {
            Optional<Phase> same = kept.stream().filter(k -> k.scope() == p.scope()
                    && (k.code().equals(p.code()) || k.name().equals(p.name()))).findFirst();
            Phase wanted = new Phase(same.map(Phase::id).orElse(0L), p.scope(), p.code(), p.name(), 0);
            if (same.isPresent()) {
                phases.update(c, wanted); // the template's code and name (the same name may have had another code)
                ids.add(wanted.id());
            } else {
                ids.add(phases.insert(c, wanted).id());
            }
        }
        List<Phase> now = phases.findAll(c);
        for (ActionScope scope : ActionScope.values()) {
            phases.deleteUnusedExcept(c, scope, ids);
            phases.reorder(c, ids.stream().filter(id -> now.stream().anyMatch(p -> p.id() == id && p.scope() == scope))
                    .toList());
        }
        return phases.findAll(c);
    }

    /** The template's review kinds in its order: the file's own of the same name kept, others gone while no review uses them. */
    private void reviewKinds(Connection c, CampaignTemplate t) throws SQLException {
        if (t.reviews().isEmpty()) {
            return;
        }
        List<ReviewKind> kept = kinds.findAll(c);
        List<Long> order = new ArrayList<>();
        for (CampaignTemplate.ReviewEntry r : t.reviews()) {
            Optional<ReviewKind> same = kept.stream().filter(k -> k.name().equals(r.name())).findFirst();
            if (same.isPresent()) {
                kinds.update(c, new ReviewKind(same.get().id(), r.name(), r.criteria(), same.get().sortOrder()));
                order.add(same.get().id());
            } else {
                order.add(kinds.insert(c, new ReviewKind(0, r.name(), r.criteria(), 0)).id());
            }
        }
        for (ReviewKind k : kept) {
            if (!order.contains(k.id()) && kinds.reviewsOf(c, k.id()) == 0) {
                kinds.delete(c, k.id());
            }
        }
        kinds.reorder(c, order);
    }
}
