package org.guidancedesk.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guidancedesk.domain.CampaignTemplate;
import org.guidancedesk.domain.DateRange;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.RecordCount;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.store.Database;
import org.guidancedesk.store.GroupRepository;
import org.guidancedesk.store.MemberRepository;
import org.guidancedesk.store.UnitRepository;

/** The group and its members. */
public final class GroupService {
    private final Database db;
    private final GroupRepository groups = new GroupRepository();
    private final MemberRepository members = new MemberRepository();
    private final UnitRepository units = new UnitRepository();
    private final UnitKindRules kindRules;

    GroupService(Database db, WritingLanguage language) {
        this.db = db;
        this.kindRules = new UnitKindRules(language);
    }

    /** The group, or empty in a new file (the window then shows the welcome). */
    public Optional<Group> group() {
        return db.read(groups::find);
    }

    /**
     * First start: creates the group with its secretary as the first member and the standard
     * catalogue (2019's phases, actions, ledger categories and review kinds, without dated
     * parts: {@link CampaignTemplates#standardCatalogue()}), all in one transaction.
     */
    public Group createGroup(Group group, String secretaryName) {
        return createGroup(group, secretaryName, CampaignTemplates.standardCatalogue());
    }

    /**
     * Creates the group from a campaign template (one batch of it, see
     * {@link CampaignTemplate#forBatch}): its secretary as the first member, then everything the
     * template holds ({@link TemplateWriter}), all in one transaction.
     */
    public Group createGroup(Group group, String secretaryName, CampaignTemplate template) {
        return create(new NewGroup(group, secretaryName, template, List.of(), List.of()));
    }

    /**
     * Creates the group as the wizard gathered it: the secretary first, the template's
     * catalogue, then the other members and the units in order (each with the catalogue's rules for
     * its kind, {@link UnitKindRules}), all in one transaction. A unit
     * name given twice is refused naming its row (1-based, in the order given).
     */
    public Group create(NewGroup g) {
        checkDates(g.group());
        Member secretary = new Member(0, g.secretaryName(), MemberRole.LIAISON, Set.of(Duty.LIAISON, Duty.DOCUMENTS), 0);
        return db.write(c -> {
            if (groups.find(c).isPresent()) {
                throw new IllegalStateException("the file already holds a group");
            }
            Member saved = members.insert(c, secretary);
            Group withSecretary = g.group().withSecretary(saved.id());
            groups.save(c, withSecretary);
            List<Member> inOrder = new java.util.ArrayList<>(List.of(saved));
            for (Member m : g.members()) {
                inOrder.add(members.insert(c, m));
            }
            new TemplateWriter().write(c, g.template(), withSecretary, saved.id(), inOrder);
            int row = 0;
            for (Unit u : g.units()) {
                row++;
                if (units.nameTaken(c, u.name(), 0)) {
                    throw new ValidationException("unit.name", "validation.duplicateUnit", u.name())
                            .about("validation.row", row);
                }
                kindRules.apply(c, units.insert(c, u), db.now());
            }
            return withSecretary;
        });
    }

    /** Saves the group's name, campaign, dates and secretary. */
    public void updateGroup(Group group) {
        checkDates(group);
        db.write(c -> {
            groups.save(c, group);
            return null;
        });
    }

    private static void checkDates(Group group) {
        DateRange.check("group.start", group.start());
        DateRange.check("group.end", group.end());
    }

    public List<Member> members() {
        return db.read(members::findAll);
    }

    public Member addMember(Member m) {
        return db.write(c -> members.insert(c, m));
    }

    public void updateMember(Member m) {
        db.write(c -> {
            members.update(c, m);
            return null;
        });
    }

    /** How many checklist records list this member as attending (said before removing). */
    public long attendanceCount(long memberId) {
        return db.read(c -> members.attendanceCount(c, memberId));
    }

    /**
     * What goes with a member (said before removing): the checklist records listing them as
     * attending, and the work log entries they took part in or led (the entries stay).
     */
    public RecordCount memberUse(long memberId) {
        return db.read(c -> new RecordCount(members.attendanceCount(c, memberId), 0)
                .withWorkEntries(members.workEntryCount(c, memberId)));
    }

    /**
     * Removes a member and their attendance marks. The secretary cannot be removed: another
     * member must be made secretary first, so the weekly sheet always has its 填报人.
     */
    public void removeMember(long memberId) {
        db.write(c -> {
            Optional<Group> group = groups.find(c);
            if (group.isPresent() && Long.valueOf(memberId).equals(group.get().secretaryId())) {
                String name = members.findAll(c).stream().filter(m -> m.id() == memberId)
                        .map(Member::name).findFirst().orElse("");
                throw new ValidationException("group.secretary", "validation.secretaryCannotBeRemoved", name);
            }
            members.delete(c, memberId);
            return null;
        });
    }
}
