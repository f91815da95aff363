package org.guidancedesk.domain;

import java.util.List;

/**
 * The six parts of a 工作动态, in print order. Each is a list of paragraphs the program writes
 * and the secretary may rewrite for that week before it is issued.
 */
public enum DynamicPart {
    WORK, UNITS, PROBLEMS, HIGHLIGHTS, NEXT, COORDINATION;

    /** The part's paragraphs as written: never empty (a part with nothing says so). */
    public record Text(DynamicPart part, List<String> paragraphs) {
        public Text {
            paragraphs = List.copyOf(paragraphs);
            if (paragraphs.isEmpty()) {
                throw new IllegalArgumentException("a part says something, even that there is nothing: " + part);
            }
        }
    }
}
