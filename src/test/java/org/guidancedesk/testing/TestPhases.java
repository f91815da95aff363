package org.guidancedesk.testing;

import java.util.List;
import org.guidancedesk.domain.ActionScope;
import org.guidancedesk.domain.Phase;

/**
 * The phases a new file starts with (migration 14) and the standard catalogue keeps, with
 * their ids: for tests of records built without a file, and a look-up for those with one.
 */
public final class TestPhases {
    public static final Phase STUDY = new Phase(1, ActionScope.UNIT, "STUDY", "学习教育", 1);
    public static final Phase RESEARCH = new Phase(2, ActionScope.UNIT, "RESEARCH", "调查研究", 2);
    public static final Phase INSPECTION = new Phase(3, ActionScope.UNIT, "INSPECTION", "检视问题", 3);
    public static final Phase GROUP_STUDY = new Phase(6, ActionScope.GROUP, "STUDY", "学习教育", 1);
    public static final Phase GROUP_RESEARCH = new Phase(7, ActionScope.GROUP, "RESEARCH", "调查研究", 2);

    private TestPhases() {}

    /** The phase of the scope with that code among {@code phases}. */
    public static Phase of(List<Phase> phases, ActionScope scope, String code) {
        return phases.stream().filter(p -> p.scope() == scope && p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no phase " + scope + " " + code + " in " + phases));
    }
}
