package org.guidancedesk.ui.worklog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.ValidationException;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.i18n.I18n;
import org.guidancedesk.service.Workspace;
import org.guidancedesk.testing.DemoCopies;
import org.guidancedesk.ui.DemoFixture;
import org.guidancedesk.ui.SyncUiExecutor;
import org.guidancedesk.ui.UiExecutor;
import org.guidancedesk.ui.UiTasks;
import org.guidancedesk.ui.worklog.KindFields.PersonRow;

/**
 * The demo group on 2026-11-24 in a real file, with a 工作记录 view model whose database jobs run
 * at once and are counted (each read and each write is one), and whose whole reads are counted
 * apart: what the in-place tests measure.
 */
final class WorkLogFixture implements AutoCloseable {
    final Workspace ws;
    final UiTasks tasks;
    final WorkLogViewModel vm;
    final AtomicInteger wholeReads = new AtomicInteger();
    final List<Throwable> errors = new ArrayList<>();
    private final Counting jobs = new Counting();

    /** Runs every job at once and counts it. */
    private static final class Counting implements UiExecutor {
        private final SyncUiExecutor inner = new SyncUiExecutor();
        int count;

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            count++;
            inner.submit(work, onSuccess, onFailure);
        }

        @Override
        public void shutdown(long timeoutMillis) {
        }
    }

    WorkLogFixture(Path dir, String language) {
        var clock = java.time.Clock.fixed(DemoFixture.TODAY.atTime(10, 0).atZone(DemoFixture.ZONE).toInstant(),
                DemoFixture.ZONE);
        ws = DemoCopies.open(dir.resolve("demo.db"), DemoFixture.TODAY, clock);
        org.guidancedesk.testing.WorkLogs.clear(ws); // the demo's own log would change every count here
        tasks = new UiTasks(jobs, errors::add, I18n.forLanguage(language), clock);
        vm = new WorkLogViewModel(tasks, ws, () -> {
            wholeReads.incrementAndGet();
            return WorkLogSnapshot.read(ws);
        });
    }

    /** Another view model on the same file (its reads not counted). */
    WorkLogViewModel fresh() {
        return new WorkLogViewModel(tasks, ws);
    }

    /** A required action whose cell at the unit is neither done nor 不适用 (the demo ticked many). */
    org.guidancedesk.domain.RequiredAction openAction(long unit) {
        var checklist = ws.checklist().load();
        return checklist.unitActions().stream().filter(a -> {
            var status = checklist.record(new org.guidancedesk.domain.RecordKey(a.id(), unit)).status();
            return status != org.guidancedesk.domain.ActionStatus.DONE
                    && status != org.guidancedesk.domain.ActionStatus.NOT_APPLICABLE;
        }).findFirst().orElseThrow();
    }

    /** Runs it and says how many database jobs it took. */
    int jobsOf(Runnable r) {
        int before = jobs.count;
        r.run();
        return jobs.count - before;
    }

    long unit(int i) {
        return ws.units().units().get(i).id();
    }

    long member(int i) {
        return ws.groups().members().get(i).id();
    }

    /** A done talk today at the first unit with these people. */
    EntryDraft talk(PersonRow... people) {
        return vm.newDraft().withUnits(Set.of(unit(0)), false)
                .withFields(vm.newDraft().fields().withPeople(List.of(people)));
    }

    static PersonRow person(String name, String position, PersonLevel level) {
        return new PersonRow(name, null, position, level, "1");
    }

    /** Adds it, failing on a refusal; returns the entry as stored. */
    WorkEntry add(EntryDraft d) {
        WorkEntry[] added = new WorkEntry[1];
        vm.add(d, e -> added[0] = e, e -> {
            throw new AssertionError("refused: " + e.getMessage());
        });
        return added[0];
    }

    /** The refusal of adding it (and that it was refused). */
    ValidationException refusal(EntryDraft d) {
        ValidationException[] refused = new ValidationException[1];
        vm.add(d, e -> {
            throw new AssertionError("added: " + e);
        }, e -> refused[0] = e);
        if (refused[0] == null) {
            throw new AssertionError("not refused");
        }
        return refused[0];
    }

    /** The pane's save, failing on a refusal. */
    void save(EntryDraft d) {
        vm.save(d, new WorkLogViewModel.Reply() {
            @Override
            public void saved(WorkEntry stored) {
            }

            @Override
            public void refused(ValidationException e) {
                throw new AssertionError("refused: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        ws.close();
        if (!errors.isEmpty()) {
            throw new AssertionError("unexpected errors: " + errors);
        }
    }
}
