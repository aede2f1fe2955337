package org.onetrip.projections.buckpassing;

/** The buck-passing (推诿扯皮) signals of domain.md; the weight orders the discipline office's list. */
public enum BuckPassingRule {
    REPEATED_RETURNS_OR_TRANSFERS(3),
    PING_PONG(5),
    SLOW_SIGNING(2),
    LEFT_UNSIGNED(3),
    OVERDUE_WITHOUT_EXTENSION(3),
    OVERDUE_NOW(4),
    REPEATED_EXTENSIONS(2),
    REOPENED_AFTER_DISSATISFACTION(3),
    REPEAT_COMPLAINT(2),
    RECURRING_MORE_THAN_ONE_TRIP(4);

    private final int weight;

    BuckPassingRule(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
