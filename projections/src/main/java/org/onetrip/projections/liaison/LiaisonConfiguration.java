package org.onetrip.projections.liaison;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.enterprise.api.CurrentAccessCodeResponse;
import org.onetrip.enterprise.api.FindCurrentAccessCodeQuery;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.cases.CaseSearchProjection;
import org.onetrip.projections.support.ProjectionIndexes;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The liaison read side: its processor, its four indices and the searches over them. */
@Configuration(proxyBeanMethods = false)
public class LiaisonConfiguration {

    @Bean
    LiaisonProjection liaisonProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new LiaisonProjection(
                client,
                new LiaisonIndices(
                        indexes.index("grids", "projections/grids-index.json"),
                        indexes.index("grid-visits", "projections/grid-visits-index.json"),
                        indexes.index("enterprises", "projections/enterprises-index.json"),
                        indexes.index("enterprise-visits", "projections/enterprise-visits-index.json")));
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
            ElasticsearchClient client, LiaisonProjection liaison, CaseProgress.Lookup cases, QueryGateway queries) {
        return new EnterpriseSearch(
                client,
                liaison.indices().enterprises().readAlias(),
                liaison.indices().enterpriseVisits().readAlias(),
                cases,
                (enterpriseId, code) -> queries.query(
                                new FindCurrentAccessCodeQuery(enterpriseId), CurrentAccessCodeResponse.class)
                        .join()
                        .matches(code));
    }
}
