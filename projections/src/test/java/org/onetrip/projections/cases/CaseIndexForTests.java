package org.onetrip.projections.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.util.List;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.projections.testing.ShippedCalendar;

/** A real staff case index fed by the real case projection, for read sides that link to cases. */
public final class CaseIndexForTests {

    private final ProjectionIndex staff;
    private final ProjectionIndex published;
    private final CaseSearchProjection projection;

    public CaseIndexForTests(ElasticsearchClient client) {
        var prefix = SearchNode.uniquePrefix("linked-cases");
        staff = new ProjectionIndex(client, prefix + "-staff", "projections/cases-index.json", Clock.systemUTC());
        published = new ProjectionIndex(
                client, prefix + "-public", "projections/public-cases-index.json", Clock.systemUTC());
        staff.ensureExists();
        published.ensureExists();
        var calendar = ShippedCalendar.snapshot();
        var detector = new BuckPassingDetector(BuckPassingProperties.defaults(), calendar::workingDaysBetween);
        projection = new CaseSearchProjection(
                client, staff, published, new CaseDocumentFolder(detector, calendar::workingDaysBetween));
    }

    public String readAlias() {
        return staff.readAlias();
    }

    /** Folds one case's events in order, from its first. */
    public void feed(List<? extends CaseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            projection.on(events.get(i), i);
        }
        staff.refresh();
        published.refresh();
    }
}
