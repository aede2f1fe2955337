package org.onetrip.projections.allegations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.support.ProjectionIndexes;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The discipline office's queue: its processor, its index and the queue read over it. */
@Configuration(proxyBeanMethods = false)
public class AllegationConfiguration {

    @Bean
    AllegationProjection allegationProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new AllegationProjection(client, indexes.index("allegations", "projections/allegations-index.json"));
    }

    @Bean
    ReplayableProjection allegationReplayable(AllegationProjection projection) {
        return new ReplayableProjection(AllegationProjection.PROCESSING_GROUP, List.of(projection.index()));
    }

    @Bean
    ConfigurerModule allegationProcessor(
            @Value("${onetrip.projections.segments:1}") int segments,
            @Value("${onetrip.projections.claim-interval:PT2S}") Duration claimInterval) {
        return ProjectionProcessors.module(AllegationProjection.PROCESSING_GROUP, segments, 200, claimInterval);
    }

    @Bean
    AllegationQueue allegationQueue(
            ElasticsearchClient client, AllegationProjection projection, CaseProgress.Lookup cases) {
        return new AllegationQueue(client, projection.index().readAlias(), cases);
    }
}
