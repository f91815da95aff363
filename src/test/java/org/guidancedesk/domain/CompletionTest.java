package org.guidancedesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompletionTest {

    private static Completion of(ActionStatus... statuses) {
        Completion c = Completion.NONE;
        for (ActionStatus s : statuses) {
            c = c.plus(s);
        }
        return c;
    }

    @Test
    void notApplicableCountsInNeitherDoneNorApplicable() {
        Completion c = of(ActionStatus.DONE, ActionStatus.NOT_APPLICABLE, ActionStatus.SCHEDULED,
                ActionStatus.NOT_SCHEDULED, ActionStatus.NOT_APPLICABLE);
        assertEquals(new Completion(1, 3), c);
    }

    @Test
    void percentRoundsDownSoAlmostDoneNeverReadsAsFinished() {
        assertEquals(66, new Completion(2, 3).percent());
        assertEquals(99, new Completion(199, 200).percent());
        assertEquals(33, new Completion(1, 3).percent());
        assertEquals(100, new Completion(5, 5).percent());
    }

    @Test
    void nothingApplicableIsZeroPercent() {
        assertEquals(0, Completion.NONE.percent());
        assertEquals(0, of(ActionStatus.NOT_APPLICABLE, ActionStatus.NOT_APPLICABLE).percent());
    }
}
