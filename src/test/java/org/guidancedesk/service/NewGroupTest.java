package org.guidancedesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.Duty;
import org.guidancedesk.domain.Group;
import org.guidancedesk.domain.Member;
import org.guidancedesk.domain.MemberRole;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.UnitKind;
import org.guidancedesk.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GroupService.create: the wizard's one transaction — all of it written, or nothing. */
class NewGroupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-04-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private static NewGroup of(List<Unit> units) {
        return new NewGroup(new Group("中央第十八指导组", "主题教育", LocalDate.of(2023, 4, 10), LocalDate.of(2023, 8, 31), null),
                "李明", CampaignTemplates.load("2023").forBatch(""),
                List.of(new Member(0, "王强", MemberRole.LEADER, Set.of(Duty.COORDINATION), 0)), units);
    }

    @Test
    void writesGroupSecretaryMembersUnitsAndCatalogueInOrder() {
        try (Workspace ws = Workspace.open(dir.resolve("g.db"), CLOCK)) {
            Group g = ws.groups().create(of(List.of(new Unit(0, "江城大学", UnitKind.UNIVERSITY, "", "", 0),
                    new Unit(0, "东江省", UnitKind.PROVINCE, "", "", 0))));
            List<Member> members = ws.groups().members();
            assertEquals(List.of("李明", "王强"), members.stream().map(Member::name).toList());
            assertEquals(g.secretaryId(), members.get(0).id());
            assertEquals(List.of("江城大学", "东江省"), ws.units().units().stream().map(Unit::name).toList());
            assertEquals(CampaignTemplates.load("2023").actions().size(), ws.catalog().actions().size());
        }
    }

    @Test
    void aUnitGivenTwiceIsNamedByItsRowAndNothingIsWritten() {
        Path file = dir.resolve("twice.db");
        try (Workspace ws = Workspace.open(file, CLOCK)) {
            ValidationException e = assertThrows(ValidationException.class, () -> ws.groups().create(of(List.of(
                    new Unit(0, "江城大学", UnitKind.UNIVERSITY, "", "", 0),
                    new Unit(0, "江城大学", UnitKind.OTHER, "", "", 0)))));
            assertEquals("unit.name", e.field());
            assertEquals("validation.row", e.subjectKey());
            assertEquals(List.of(2), List.of(e.subjectArgs()));
            assertTrue(ws.groups().group().isEmpty(), "no half-made group");
            assertTrue(ws.groups().members().isEmpty());
            assertTrue(ws.units().units().isEmpty());
        }
    }
}
