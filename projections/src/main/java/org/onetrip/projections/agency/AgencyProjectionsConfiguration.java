package org.onetrip.projections.agency;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.support.ProjectionIndexes;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ReplayableProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency read side: its processor, index and the centre's list. */
@Configuration(proxyBeanMethods = false)
public class AgencyProjectionsConfiguration {

    @Bean
    AgencyProjection agencyProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new AgencyProjection(client, indexes.index("agency", "projections/agency-index.json"));
    }

    @Bean
    ReplayableProjection agencyReplayable(AgencyProjection projection) {
        return new ReplayableProjection(AgencyProjection.PROCESSING_GROUP, List.of(projection.index()));
    }

    @Bean
    AgencySearch agencySearch(
            ElasticsearchClient client, AgencyProjection projection, WorkingDayCalendar workingDays, Clock clock) {
        return new AgencySearch(
                client,
                projection.index().readAlias(),
                today -> workingDays
                        .extend(today, CaseSearch.DUE_SOON_WORKING_DAYS)
                        .dueDate(),
                clock);
    }

    @Bean
    ConfigurerModule agencyProcessor(
            @Value("${onetrip.projections.segments:1}") int segments,
            @Value("${onetrip.projections.claim-interval:PT2S}") Duration claimInterval) {
        return ProjectionProcessors.module(AgencyProjection.PROCESSING_GROUP, segments, 200, claimInterval);
    }
}
