package org.onetrip.disclosure.api;

/**
 * One department's field visits over a span of months: grid visits its cadres owed and made (the
 * counted ones, up to the norm), and enterprise-months its liaison cadres owed and visited.
 */
public record LiaisonVisits(
        int gridVisitsOwed, int gridVisitsMade, int enterpriseMonthsOwed, int enterpriseMonthsVisited) {

    public static final LiaisonVisits NONE = new LiaisonVisits(0, 0, 0, 0);

    public LiaisonVisits plus(LiaisonVisits other) {
        return new LiaisonVisits(
                gridVisitsOwed + other.gridVisitsOwed,
                gridVisitsMade + other.gridVisitsMade,
                enterpriseMonthsOwed + other.enterpriseMonthsOwed,
                enterpriseMonthsVisited + other.enterpriseMonthsVisited);
    }

    public int gridVisitsMissed() {
        return gridVisitsOwed - gridVisitsMade;
    }

    public int enterpriseMonthsMissed() {
        return enterpriseMonthsOwed - enterpriseMonthsVisited;
    }
}
