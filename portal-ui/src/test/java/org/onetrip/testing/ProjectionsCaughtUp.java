package org.onetrip.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.projections.support.ProjectionTokens;
import org.springframework.context.ApplicationContext;

/**
 * Waits until every projection of an application has processed every event in its store, then makes what they wrote
 * searchable. Tests that read what the demo data or their own commands produced wait for this, not for a first
 * document: a count of documents says nothing of the events that update them afterwards (a merge, a flag).
 */
public final class ProjectionsCaughtUp {

    private ProjectionsCaughtUp() {}

    public static void await(ApplicationContext app, Duration within) {
        var replayer = app.getBean(ProjectionReplayer.class);
        var tokens = app.getBean(ProjectionTokens.class);
        var deadline = Instant.now().plus(within);
        for (var group : replayer.projections()) {
            long behind;
            while ((behind = tokens.lag(group)) > 0) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(
                            "projection " + group + " still " + behind + " events behind after " + within);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + group, e);
                }
            }
        }
        try {
            app.getBean(ElasticsearchClient.class).indices().refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
