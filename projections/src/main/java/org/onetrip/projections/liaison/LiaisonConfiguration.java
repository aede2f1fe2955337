package org.onetrip.projections.liaison;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.cases.CaseSearchProjection;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The liaison read side: its processor, its four indices and the searches over them. */
@Configuration(proxyBeanMethods = false)
public class LiaisonConfiguration {

    @Bean
    LiaisonProjection liaisonProjection(
            ElasticsearchClient client, @Value("${onetrip.search.index-prefix:onetrip}") String prefix, Clock clock) {
        var indices = new LiaisonIndices(
                new ProjectionIndex(client, prefix + "-grids", "projections/grids-index.json", clock),
                new ProjectionIndex(client, prefix + "-grid-visits", "projections/grid-visits-index.json", clock),
                new ProjectionIndex(client, prefix + "-enterprises", "projections/enterprises-index.json", clock),
                new ProjectionIndex(
                        client, prefix + "-enterprise-visits", "projections/enterprise-visits-index.json", clock));
        indices.ensureExist();
        return new LiaisonProjection(client, indices);
    }

    @Bean
    ReplayableProjection liaisonReplayable(LiaisonProjection projection) {
        return new ReplayableProjection(
                LiaisonProjection.PROCESSING_GROUP, projection.indices().all());
    }

    @Bean
    ConfigurerModule liaisonProcessor(
            @Value("${onetrip.projections.segments:1}") int segments,
            @Value("${onetrip.projections.claim-interval:PT2S}") Duration claimInterval) {
        return ProjectionProcessors.module(LiaisonProjection.PROCESSING_GROUP, segments, 200, claimInterval);
    }

    @Bean
    CaseProgress.Lookup caseProgressLookup(ElasticsearchClient client, CaseSearchProjection cases) {
        return new CaseProgress.Lookup(client, cases.staffIndex().readAlias());
    }

    @Bean
    GridSearch gridSearch(ElasticsearchClient client, LiaisonProjection liaison, CaseProgress.Lookup cases) {
        return new GridSearch(
                client,
                liaison.indices().grids().readAlias(),
                liaison.indices().gridVisits().readAlias(),
                cases);
    }

    @Bean
    EnterpriseSearch enterpriseSearch(
            ElasticsearchClient client, LiaisonProjection liaison, CaseProgress.Lookup cases) {
        return new EnterpriseSearch(
                client,
                liaison.indices().enterprises().readAlias(),
                liaison.indices().enterpriseVisits().readAlias(),
                cases);
    }
}
