package org.guidancedesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A kind of document the group reviews (实施方案, 问题清单, 对照检查材料 …), with the usual
 * criteria a point raised on it may be checked against ("规定动作一个不能少", "学习时长" …). The
 * list is the group's own (设置), seeded from the seeds' words; it is not translated.
 */
public record ReviewKind(long id, String name, List<String> criteria, int sortOrder) {
    public ReviewKind {
        name = Text.requiredName("review.kind", name);
        criteria = lines("review.criteria", criteria);
    }

    /** The criteria as stored: one a line. */
    public String criteriaText() {
        return String.join("\n", criteria);
    }

    /** Criteria from their stored text (one a line). */
    public static List<String> criteriaOf(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }

    /** Names, trimmed, blanks and repeats dropped, each bounded like a name. */
    static List<String> lines(String field, List<String> given) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String line : given) {
            String one = Text.optional(field, line);
            if (!one.isEmpty()) {
                kept.add(one);
            }
        }
        return List.copyOf(new ArrayList<>(kept));
    }

    /**
     * The units' required action an approval of this kind fulfils: the one action of the
     * catalogue whose title names the kind (实施方案 → "制定实施方案并报指导组审阅"); none when no
     * action or more than one does.
     */
    public java.util.Optional<RequiredAction> matchingAction(List<RequiredAction> catalogue) {
        List<RequiredAction> naming = catalogue.stream()
                .filter(a -> a.scope() == ActionScope.UNIT && a.title().contains(name)).toList();
        return naming.size() == 1 ? java.util.Optional.of(naming.get(0)) : java.util.Optional.empty();
    }

    public ReviewKind withId(long newId) {
        return new ReviewKind(newId, name, criteria, sortOrder);
    }
}
