package org.guidancedesk.domain;

/**
 * Done out of applicable: records marked not applicable count in neither.
 */
public record Completion(int done, int applicable) {
    public static final Completion NONE = new Completion(0, 0);

    public Completion plus(ActionStatus status) {
        return switch (status) {
            case DONE -> new Completion(done + 1, applicable + 1);
            case NOT_APPLICABLE -> this;
            default -> new Completion(done, applicable + 1);
        };
    }

    /** Whole percent, rounded down so 99.6 % never reads as finished; 0 when nothing applies. */
    public int percent() {
        return applicable == 0 ? 0 : done * 100 / applicable;
    }
}
