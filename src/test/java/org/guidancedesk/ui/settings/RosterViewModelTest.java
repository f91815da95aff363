package org.guidancedesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.RosterPerson;
import org.guidancedesk.domain.Unit;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.ui.DemoFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 班子名单 in 设置 › 联系单位: the selected unit's people added, changed and removed; a name twice refused. */
class RosterViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theSelectedUnitsRosterIsEditedInItsOrderAndANameTwiceIsRefused() {
        try (DemoFixture demo = DemoFixture.open(dir)) {
            org.guidancedesk.testing.WorkLogs.clear(demo.workspace()); // the demo's rosters aside
            RosterViewModel vm = new RosterViewModel(demo.tasks(), demo.workspace().workLog());
            vm.load();
            List<Unit> units = demo.workspace().units().units();
            vm.unitProperty().set(units.get(0));
            assertEquals(List.of(), vm.people());
            List<RosterPerson> saved = new ArrayList<>();
            List<ValidationException> refused = new ArrayList<>();
            vm.save(null, "王建国", "党委书记", PersonLevel.HEAD, saved::add, refused::add);
            vm.save(null, "李明", "副书记", PersonLevel.LEADERSHIP, saved::add, refused::add);
            assertEquals(List.of("王建国", "李明"), vm.people().stream().map(RosterPerson::name).toList());
            assertEquals(List.of(0, 1), vm.people().stream().map(RosterPerson::sortOrder).toList(), "added at the end");

            vm.save(null, "王建国", "", PersonLevel.LEADERSHIP, saved::add, refused::add);
            assertEquals("roster.name", refused.get(0).field(), "a name twice in a unit");
            vm.save(null, " ", "", PersonLevel.LEADERSHIP, saved::add, refused::add);
            assertEquals("roster.name", refused.get(1).field(), "no name");
            assertEquals(2, demo.workspace().workLog().roster().size(), "nothing saved");

            vm.save(saved.get(1), "李明", "党委副书记", PersonLevel.LEADERSHIP, saved::add, refused::add);
            assertEquals("党委副书记", vm.people().get(1).position());
            vm.unitProperty().set(units.get(1));
            assertEquals(List.of(), vm.people(), "another unit's roster");
            vm.unitProperty().set(units.get(0));
            String[] question = new String[1];
            vm.removal(vm.people().get(0), r -> question[0] = r.message());
            assertTrue(question[0].contains("王建国") && question[0].contains(units.get(0).name()), question[0]);
            vm.remove(vm.people().get(0), () -> { });
            assertEquals(List.of("李明"), vm.people().stream().map(RosterPerson::name).toList());
            assertEquals(1, demo.workspace().workLog().roster().size());
        }
    }
}
