package org.guidancedesk.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.store.MemberRepository;
import org.guidancedesk.store.UnitRepository;

/**
 * The large demo's people: the secretary's phone, the nine other members, and the forty units
 * (省区市, 部委, 企业, 高校, ten of each, listed by kind), each with a made-up contact person and office phone and
 * a member of the group as liaison (the deputies and members in turn). Phones are clearly not
 * real numbers (139 0013 9xxx).
 */
final class LargeDemoPeople {
    /** The members (the secretary first) and the units as stored. */
    record Written(List<Member> members, List<Unit> units) {
        List<Long> memberIds() {
            return members.stream().map(Member::id).toList();
        }
    }

    private LargeDemoPeople() {}

    static Written write(Connection c, Group group, LargeDemoTexts texts, Random random) throws SQLException {
        MemberRepository memberRepo = new MemberRepository();
        List<Member> members = new ArrayList<>();
        Member secretary = memberRepo.findAll(c).stream().filter(m -> m.id() == group.secretaryId())
                .findFirst().orElseThrow();
        Member withPhone = new Member(secretary.id(), secretary.name(), secretary.role(), secretary.duties(),
                secretary.sortOrder(), phone(0));
        memberRepo.update(c, withPhone);
        members.add(withPhone);
        for (String[] row : texts.rows("members")) {
            Set<Duty> duties = EnumSet.noneOf(Duty.class);
            for (String d : row[1].split(",")) {
                duties.add(Duty.valueOf(d));
            }
            members.add(memberRepo.insert(c, new Member(0, row[2], MemberRole.valueOf(row[0]), duties, 0,
                    phone(members.size()))));
        }
        UnitRepository unitRepo = new UnitRepository();
        List<Unit> units = new ArrayList<>();
        for (String[] row : texts.rows("units")) {
            String contact = texts.person(random) + "（" + row[2] + "）";
            String phone = "010-6" + (1_000_000 + random.nextInt(9_000_000));
            Long liaison = members.get(2 + units.size() % (members.size() - 2)).id();
            units.add(unitRepo.insert(c, new Unit(0, row[1], UnitKind.valueOf(row[0]), contact, phone, 0, liaison)));
        }
        return new Written(members, units);
    }

    private static String phone(int n) {
        return String.format("139 0013 9%03d", n + 1);
    }
}
