package org.onetrip.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.AggregateIntegrity.Status;
import org.onetrip.integrity.api.IntegrityFinding.Kind;
import org.onetrip.integrity.chain.EventHashes;
import org.onetrip.integrity.chain.HashChainingStorageEngine;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.springframework.context.ConfigurableApplicationContext;

/** Rows of domain_event_entry changed behind the application's back, and what the verifier says. */
class TamperedEventsTest {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext context;
    static IntegrityFixture fixture;
    static IntegrityVerifier verifier;

    @BeforeAll
    static void start() {
        context = BackendTestApp.start(dataDir);
        fixture = new IntegrityFixture(context);
        verifier = context.getBean(IntegrityVerifier.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void every_event_links_to_the_hash_of_the_one_before_and_hashes_its_own_stored_content() {
        var caseId = fixture.caseWithFourEvents();
        var events = fixture.events(caseId);
        var hashes =
                new EventHashes(context.getBean("eventSerializer", org.axonframework.serialization.Serializer.class));

        assertThat(events).hasSize(4);
        assertThat(EventHashes.storedPrevHash(events.get(0))).isEqualTo(EventHashes.GENESIS);
        for (int n = 0; n < events.size(); n++) {
            assertThat(EventHashes.storedHash(events.get(n)))
                    .isEqualTo(hashes.hash(events.get(n)))
                    .hasSize(64);
            if (n > 0) {
                assertThat(EventHashes.storedPrevHash(events.get(n)))
                        .isEqualTo(EventHashes.storedHash(events.get(n - 1)));
            }
        }
        assertThat(verifier.verifyAggregate(caseId).orElseThrow().status()).isEqualTo(Status.INTACT);
    }

    @Test
    void the_calendar_published_at_start_is_chained_as_well() {
        var calendarEvents = fixture.events(org.onetrip.calendar.api.CalendarIds.NATIONAL);
        assertThat(calendarEvents).isNotEmpty();
        assertThat(EventHashes.storedPrevHash(calendarEvents.get(0))).isEqualTo(EventHashes.GENESIS);
        assertThat(verifier.verifyAggregate(org.onetrip.calendar.api.CalendarIds.NATIONAL)
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.INTACT);
    }

    @Test
    void one_changed_byte_in_a_payload_is_reported_as_broken_at_that_event_with_expected_and_found_hash() {
        var caseId = fixture.caseWithFourEvents();
        var stored = EventHashes.storedHash(fixture.events(caseId).get(0));
        var payload = new String(fixture.payload(caseId, 0), StandardCharsets.UTF_8);
        assertThat(payload).contains("宅基地审批来回推").doesNotContain("13812345678");
        fixture.update(
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                payload.replace("宅基地审批来回推", "宅基地审批来回拖").getBytes(StandardCharsets.UTF_8),
                caseId);

        var verdict = verifier.verifyAggregate(caseId).orElseThrow();

        assertThat(verdict.status()).isEqualTo(Status.BROKEN);
        assertThat(verdict.brokenAtSequence()).isZero();
        var finding = verdict.findings().get(0);
        assertThat(finding.kind()).isEqualTo(Kind.CONTENT_CHANGED);
        assertThat(finding.field()).isEqualTo("hash");
        assertThat(finding.found()).isEqualTo(stored);
        assertThat(finding.expected()).isNotEqualTo(stored).hasSize(64);
        assertThat(verdict.findings()).hasSize(1);
    }

    @Test
    void a_deleted_event_is_reported_as_missing() {
        var caseId = fixture.caseWithFourEvents();
        fixture.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 2", caseId);

        var verdict = verifier.verifyAggregate(caseId).orElseThrow();

        assertThat(verdict.status()).isEqualTo(Status.MISSING_EVENTS);
        assertThat(verdict.brokenAtSequence()).isEqualTo(3);
        assertThat(verdict.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.MISSING_EVENTS);
            assertThat(finding.expected()).isEqualTo("2");
            assertThat(finding.found()).isEqualTo("3");
        });
    }

    @Test
    void two_events_with_swapped_sequence_numbers_break_the_chain_where_the_order_changed() {
        var caseId = fixture.caseWithFourEvents();
        fixture.update(
                "update domain_event_entry set sequence_number = -1 where aggregate_identifier = ? and sequence_number = 1",
                caseId);
        fixture.update(
                "update domain_event_entry set sequence_number = 1 where aggregate_identifier = ? and sequence_number = 2",
                caseId);
        fixture.update(
                "update domain_event_entry set sequence_number = 2 where aggregate_identifier = ? and sequence_number = -1",
                caseId);

        var verdict = verifier.verifyAggregate(caseId).orElseThrow();

        assertThat(verdict.status()).isEqualTo(Status.BROKEN);
        assertThat(verdict.brokenAtSequence()).isEqualTo(1);
        assertThat(verdict.findings())
                .extracting(f -> f.sequenceNumber() + " " + f.kind())
                .contains("1 CONTENT_CHANGED", "1 LINK_BROKEN", "2 CONTENT_CHANGED", "2 LINK_BROKEN");
    }

    @Test
    void two_events_with_swapped_payloads_are_both_reported_as_changed() {
        var caseId = fixture.caseWithFourEvents();
        byte[] accepted = fixture.payload(caseId, 1);
        byte[] assigned = fixture.payload(caseId, 2);
        fixture.update(
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 1",
                assigned,
                caseId);
        fixture.update(
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 2",
                accepted,
                caseId);

        var verdict = verifier.verifyAggregate(caseId).orElseThrow();

        assertThat(verdict.status()).isEqualTo(Status.BROKEN);
        assertThat(verdict.findings())
                .extracting(f -> f.sequenceNumber() + " " + f.kind() + " " + f.field())
                .containsExactly("1 CONTENT_CHANGED hash", "2 CONTENT_CHANGED hash");
    }

    @Test
    void a_removed_hash_after_chained_events_is_damage_not_legacy() {
        var caseId = fixture.caseWithFourEvents();
        fixture.update(
                "update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = 3",
                "{}".getBytes(StandardCharsets.UTF_8),
                caseId);

        var verdict = verifier.verifyAggregate(caseId).orElseThrow();

        assertThat(verdict.status()).isEqualTo(Status.BROKEN);
        assertThat(verdict.findings())
                .extracting(f -> f.sequenceNumber() + " " + f.kind())
                .containsExactly("3 HASH_REMOVED");
    }

    @Test
    void events_stored_before_chaining_are_reported_as_unchained_legacy_and_new_events_chain_onto_them() {
        var engine = context.getBean(EventStorageEngine.class);
        assertThat(engine).isInstanceOf(HashChainingStorageEngine.class);
        var plain = ((HashChainingStorageEngine) engine).delegate();
        var onlyLegacy = "legacy-" + UUID.randomUUID();
        var mixed = "legacy-" + UUID.randomUUID();
        plain.appendEvents(event(onlyLegacy, 0), event(mixed, 0));
        engine.appendEvents(event(mixed, 1));

        AggregateIntegrity legacy = verifier.verifyAggregate(onlyLegacy).orElseThrow();
        AggregateIntegrity anchored = verifier.verifyAggregate(mixed).orElseThrow();

        assertThat(legacy.status()).isEqualTo(Status.UNCHAINED_LEGACY);
        assertThat(legacy.legacyEvents()).isEqualTo(1);
        assertThat(anchored.status()).isEqualTo(Status.INTACT);
        assertThat(anchored.legacyEvents()).isEqualTo(1);
        var hashes = ((HashChainingStorageEngine) engine).hashes();
        var stored = fixture.events(mixed);
        assertThat(EventHashes.storedPrevHash(stored.get(1))).isEqualTo(hashes.hash(stored.get(0)));
    }

    @Test
    void two_appends_racing_for_the_same_place_in_a_chain_store_one_and_the_chain_stays_linear() throws Exception {
        var engine = context.getBean(EventStorageEngine.class);
        var aggregate = "race-" + UUID.randomUUID();
        engine.appendEvents(event(aggregate, 0));
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(pool.submit(() -> {
                barrier.await();
                engine.appendEvents(event(aggregate, 1));
                return null;
            }));
        }
        int failed = 0;
        for (var attempt : attempts) {
            try {
                attempt.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
            }
        }
        pool.shutdown();
        engine.appendEvents(event(aggregate, 2));

        assertThat(failed).isEqualTo(1);
        assertThat(verifier.verifyAggregate(aggregate).orElseThrow().status()).isEqualTo(Status.INTACT);
        assertThatThrownBy(() -> engine.appendEvents(event(aggregate, 2))).isNotNull();
        assertThat(verifier.verifyAggregate(aggregate).orElseThrow().events()).isEqualTo(3);
    }

    @Test
    void an_export_holds_the_exact_envelopes_so_their_canonical_form_gives_the_stored_hashes_save_for_a_withheld_code()
            throws Exception {
        var caseId = fixture.caseWithFourEvents();
        var receiptCode = ((CaseFiledEvent) fixture.events(caseId).get(0).getPayload()).receiptCode();
        var engine = context.getBean(EventStorageEngine.class);
        var tricky = new GenericDomainEventMessage<>(
                "Legacy",
                caseId + "-text",
                0,
                "引号\"反斜杠\\换行\n制表\t控制\u0001 emoji 😀",
                Map.of(),
                UUID.randomUUID().toString(),
                Instant.now());
        engine.appendEvents(tricky);
        var mapper = context.getBean(ObjectMapper.class);
        for (var id : List.of(caseId, caseId + "-text")) {
            var export = context.getBean(org.onetrip.integrity.query.ChainExport.class)
                    .of(id)
                    .orElseThrow();
            var json = mapper.writeValueAsString(export);
            var reread = mapper.readTree(json);
            for (var entry : reread.get("events")) {
                var recomputed =
                        EventHashes.sha256Hex(org.onetrip.integrity.chain.CanonicalJson.bytes(entry.get("envelope")));
                if (entry.get("withheld").isEmpty()) {
                    assertThat(recomputed).isEqualTo(entry.get("hash").asText());
                } else {
                    assertThat(entry.get("envelope").get("sequenceNumber").asLong())
                            .as("only the filing holds the receipt code")
                            .isZero();
                    assertThat(entry.get("withheld").toString()).isEqualTo("[\"/payload/receiptCode\"]");
                    assertThat(entry.at("/envelope/payload/receiptCode").asText())
                            .isEqualTo(receiptCode.substring(0, 4) + "•••");
                    assertThat(recomputed).isNotEqualTo(entry.get("hash").asText());
                }
            }
            assertThat(json).as("no export holds a credential").doesNotContain(receiptCode.substring(4));
            if (id.equals(caseId)) {
                assertThat(reread.get("events").get(0).get("withheld")).hasSize(1);
            }
            java.nio.file.Files.createDirectories(Path.of("target"));
            java.nio.file.Files.writeString(
                    Path.of("target", "chain-export-" + (id.equals(caseId) ? "case" : "text") + ".json"), json);
        }
    }

    private static GenericDomainEventMessage<String> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>(
                "Legacy",
                aggregate,
                sequence,
                "event " + sequence + " of " + aggregate,
                Map.of("traceId", "t-" + sequence),
                UUID.randomUUID().toString(),
                Instant.now());
    }

    static String withMetaData(byte[] metaData, String field, String value) {
        try {
            var mapper = new ObjectMapper();
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(metaData);
            node.put(field, value);
            return mapper.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
