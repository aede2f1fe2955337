package org.onetrip.projections.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cluster.ClusterProperties;
import org.onetrip.cluster.InstanceRegistry;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.cases.CaseDocumentFolder;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.cases.CaseExportCsv;
import org.onetrip.projections.cases.CaseExportLabels;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchProjection;
import org.onetrip.projections.discipline.BuckPassingAnalysis;
import org.onetrip.projections.discipline.BuckPassingReports;
import org.onetrip.projections.disclosure.DisclosureSearch;
import org.onetrip.projections.disclosure.DisclosureSearchProjection;
import org.onetrip.projections.support.ProjectionHealthIndicator;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.ProjectionIndexes;
import org.onetrip.projections.support.ProjectionLag;
import org.onetrip.projections.support.ProjectionMaintenance;
import org.onetrip.projections.support.ProjectionMetrics;
import org.onetrip.projections.support.ProjectionProcessors;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.projections.support.ProjectionTokens;
import org.onetrip.projections.support.ReadAheadSources;
import org.onetrip.projections.support.ReplayableProjection;
import org.onetrip.projections.support.SegmentBalancer;
import org.onetrip.projections.timeline.TimelineProjection;
import org.onetrip.projections.timeline.TimelineSearch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read side: every projection is a tracking processor of its own, replayable, writing in bulk
 * per batch. A failing batch is retried with back-off rather than skipped: a case silently missing
 * from the discipline office's search is worse than a projection that stops and says why.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuckPassingProperties.class)
public class ProjectionsConfiguration {

    /**
     * Events per processing batch (one transaction, one token update, one bulk request per index). Live,
     * batches hold whatever has arrived, usually a few events; a replay fills them, and larger batches mean
     * fewer H2 commits and bulk requests, and fewer cases whose events straddle two batches and are written
     * twice (docs/benchmarks.md).
     */
    public static final int DEFAULT_BATCH_SIZE = 2000;

    static final List<String> GROUPS = List.of(
            CaseSearchProjection.PROCESSING_GROUP,
            TimelineProjection.PROCESSING_GROUP,
            DisclosureSearchProjection.PROCESSING_GROUP);

    @Bean
    BuckPassingDetector buckPassingDetector(BuckPassingProperties thresholds, WorkingDayCalendar workingDays) {
        return new BuckPassingDetector(thresholds, workingDays::workingDaysBetween);
    }

    @Bean
    CaseDocumentFolder caseDocumentFolder(BuckPassingDetector detector, WorkingDayCalendar workingDays) {
        return new CaseDocumentFolder(detector, workingDays::workingDaysBetween);
    }

    @Bean
    ProjectionIndexes projectionIndexes(
            ElasticsearchClient client,
            @Value("${onetrip.search.index-prefix:onetrip}") String prefix,
            @Value("${onetrip.search.replicas:#{null}}") Integer replicas,
            Clock clock) {
        return new ProjectionIndexes(client, prefix, replicas, clock);
    }

    @Bean
    CaseSearchProjection caseSearchProjection(
            ElasticsearchClient client, CaseDocumentFolder folder, ProjectionIndexes indexes) {
        return new CaseSearchProjection(
                client,
                indexes.index("cases", "projections/cases-index.json"),
                indexes.index("public-cases", "projections/public-cases-index.json"),
                folder);
    }

    @Bean
    TimelineProjection timelineProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new TimelineProjection(client, indexes.index("timeline", "projections/timeline-index.json"));
    }

    @Bean
    DisclosureSearchProjection disclosureSearchProjection(ElasticsearchClient client, ProjectionIndexes indexes) {
        return new DisclosureSearchProjection(
                client, indexes.index("disclosures", "projections/disclosures-index.json"));
    }

    @Bean
    DisclosureSearch disclosureSearch(ElasticsearchClient client, DisclosureSearchProjection disclosures) {
        return new DisclosureSearch(client, disclosures.index().readAlias());
    }

    @Bean
    CaseSearch caseSearch(
            ElasticsearchClient client, CaseSearchProjection cases, WorkingDayCalendar workingDays, Clock clock) {
        return new CaseSearch(
                client,
                cases.staffIndex().readAlias(),
                cases.publicIndex().readAlias(),
                today -> workingDays
                        .extend(today, CaseSearch.DUE_SOON_WORKING_DAYS)
                        .dueDate(),
                clock);
    }

    @Bean
    CaseExportCsv caseExportCsv(CaseSearch search, ObjectProvider<CaseExportLabels> labels) {
        return new CaseExportCsv(search, labels::getObject);
    }

    @Bean
    CaseDocuments caseDocuments(ElasticsearchClient client, CaseSearchProjection cases) {
        return new CaseDocuments(client, cases.staffIndex().readAlias());
    }

    @Bean
    TimelineSearch timelineSearch(ElasticsearchClient client, TimelineProjection timeline) {
        return new TimelineSearch(client, timeline.index().readAlias());
    }

    @Bean
    BuckPassingAnalysis buckPassingAnalysis(
            BuckPassingDetector detector, BuckPassingProperties thresholds, WorkingDayCalendar workingDays) {
        return new BuckPassingAnalysis(detector, thresholds, workingDays::workingDaysBetween);
    }

    @Bean
    BuckPassingReports buckPassingReports(
            ElasticsearchClient client,
            CaseSearchProjection cases,
            BuckPassingAnalysis analysis,
            BuckPassingDetector detector,
            BuckPassingProperties thresholds) {
        return new BuckPassingReports(client, cases.staffIndex().readAlias(), analysis, detector, thresholds);
    }

    @Bean
    ReadAheadSources readAheadSources() {
        return new ReadAheadSources();
    }

    @Bean
    ProjectionTokens projectionTokens(
            EntityManager entityManager,
            PlatformTransactionManager transactions,
            @Qualifier("serializer") Serializer serializer,
            EventStore eventStore,
            ClusterProperties cluster,
            TokenStore tokenStore) {
        return new ProjectionTokens(
                entityManager,
                new TransactionTemplate(transactions),
                serializer,
                eventStore,
                cluster.getClaimTimeout(),
                tokenStore);
    }

    @Bean
    ProjectionReplayer projectionReplayer(
            EventProcessingConfiguration processing,
            CaseSearchProjection cases,
            TimelineProjection timeline,
            DisclosureSearchProjection disclosures,
            List<ReplayableProjection> features,
            JdbcTemplate jdbc,
            ProjectionTokens tokens,
            InstanceRegistry instances,
            Clock clock,
            @Value("${onetrip.projections.segments:1}") int segments,
            ReadAheadSources readAheadSources) {
        var indices = new HashMap<String, List<ProjectionIndex>>(Map.of(
                CaseSearchProjection.PROCESSING_GROUP, List.of(cases.staffIndex(), cases.publicIndex()),
                TimelineProjection.PROCESSING_GROUP, List.of(timeline.index()),
                DisclosureSearchProjection.PROCESSING_GROUP, List.of(disclosures.index())));
        features.forEach(feature -> indices.put(feature.processingGroup(), feature.indices()));
        return new ProjectionReplayer(
                processing,
                indices,
                jdbc,
                tokens,
                instances.instanceId(),
                () -> instances.liveInstances().stream()
                        .map(InstanceRegistry.LiveInstance::instanceId)
                        .collect(Collectors.toSet()),
                clock,
                segments,
                readAheadSources::stopWaiting);
    }

    @Bean
    SegmentBalancer segmentBalancer(
            EventProcessingConfiguration processing,
            ProjectionTokens tokens,
            InstanceRegistry instances,
            ClusterProperties cluster,
            List<ReplayableProjection> features) {
        return new SegmentBalancer(
                processing,
                allGroups(features),
                tokens,
                instances.instanceId(),
                () -> instances.liveInstances().size(),
                cluster.getClaimTimeout().multipliedBy(3));
    }

    @Bean
    ProjectionLag projectionLag(ProjectionTokens tokens, Clock clock, List<ReplayableProjection> features) {
        return new ProjectionLag(tokens, allGroups(features), clock);
    }

    @Bean
    ProjectionMaintenance projectionMaintenance(
            ProjectionReplayer replayer,
            SegmentBalancer balancer,
            ProjectionLag lag,
            TaskScheduler scheduler,
            @Value("${onetrip.projections.balance-interval:PT5S}") Duration balanceInterval) {
        return new ProjectionMaintenance(replayer, balancer, lag, scheduler, balanceInterval);
    }

    @Bean("projections")
    ProjectionHealthIndicator projectionHealth(
            EventProcessingConfiguration processing,
            ProjectionLag lag,
            ProjectionReplayer replayer,
            @Value("${onetrip.health.max-projection-lag:10000}") long maxLag,
            List<ReplayableProjection> features) {
        return new ProjectionHealthIndicator(processing, allGroups(features), lag, replayer, maxLag);
    }

    @Bean
    ProjectionMetrics projectionMetrics(
            ProjectionLag lag, ProjectionReplayer replayer, List<ReplayableProjection> features) {
        return new ProjectionMetrics(lag, replayer, allGroups(features));
    }

    /** The read side's own projections and those the features contribute. */
    static List<String> allGroups(List<ReplayableProjection> features) {
        var groups = new java.util.ArrayList<>(GROUPS);
        features.stream()
                .map(ReplayableProjection::processingGroup)
                .filter(group -> !groups.contains(group))
                .forEach(groups::add);
        return List.copyOf(groups);
    }

    /**
     * Each projection is a tracking processor of {@code onetrip.projections.segments} segments (1 by default; more
     * where several instances should share the work) with as many worker threads, so that one instance can process
     * every segment when the others are gone. The count is fixed when a processor's tokens are first created; a
     * rebuild re-divides a processor whose stored count differs.
     */
    @Bean
    ConfigurerModule projectionProcessors(
            @Value("${onetrip.projections.batch-size:" + DEFAULT_BATCH_SIZE + "}") int batchSize,
            @Value("${onetrip.projections.read-ahead:0}") int readAheadSetting,
            @Value("${onetrip.projections.segments:1}") int segments,
            @Value("${onetrip.projections.claim-interval:PT2S}") Duration claimInterval,
            ReadAheadSources readAheadSources) {
        // Events read ahead of each processor on a thread of its own (ReadAheadEventSource): two batches by default.
        int readAhead = readAheadSetting > 0 ? readAheadSetting : 2 * batchSize;
        return configurer -> configurer.eventProcessing(processing -> {
            for (var group : GROUPS) {
                ProjectionProcessors.register(
                        processing,
                        group,
                        configuration -> readAheadSources.create(group, configuration.eventStore(), readAhead),
                        ProjectionProcessors.tracking(segments, batchSize, claimInterval));
            }
        });
    }
}
