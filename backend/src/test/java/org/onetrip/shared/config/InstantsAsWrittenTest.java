package org.onetrip.shared.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class InstantsAsWrittenTest {

    static final ObjectMapper JACKSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final ObjectMapper OURS = JACKSON.copy().registerModule(new InstantsAsWritten());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"2026-12-05T02:58:32Z\"",
                "\"2026-12-05T02:58:32.2Z\"",
                "\"2026-12-05T02:58:32.289Z\"",
                "\"2026-12-05T02:58:32.289901Z\"",
                "\"2026-12-05T02:58:32.289901123Z\"",
                "\"1970-01-01T00:00:00Z\"",
                "\"2024-02-29T23:59:59.999999999Z\"",
                "\"2026-12-05T10:58:32.5+08:00\"",
                "\"2026-12-05T24:00:00Z\"",
                "\"2026-12-05T23:59:60Z\"",
                "\"2026-12-05T02:58:32.Z\"",
                "\"2026-12-05T02:58:32z\"",
                "1733369000",
                "1733369000.5",
                "null"
            })
    void an_instant_reads_as_jacksons_own_reader_reads_it(String json) throws Exception {
        assertThat(OURS.readValue(json, Instant.class)).isEqualTo(JACKSON.readValue(json, Instant.class));
    }

    @Test
    void every_instant_the_application_writes_reads_back_as_itself() throws Exception {
        for (var written : new Instant[] {
            Instant.EPOCH,
            Instant.parse("2026-12-05T02:58:32Z"),
            Instant.ofEpochSecond(1_733_369_000L, 289_901_000),
            Instant.ofEpochSecond(1_733_369_000L, 1),
            Instant.ofEpochSecond(253_402_300_799L, 999_999_999)
        }) {
            var json = OURS.writeValueAsString(written);
            assertThat(InstantsAsWritten.isAsWritten(json.substring(1, json.length() - 1)))
                    .as(json)
                    .isTrue();
            assertThat(OURS.readValue(json, Instant.class)).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"2026-02-30T00:00:00Z\"",
                "\"2026-12-05T02:58:32.1234567891Z\"",
                "\"2026-12-05T02:58Z\"",
                "\"2026-12-05 02:58:32Z\"",
                "\"not an instant at all\"",
                "\"2026-12-05T02:58:60Z\""
            })
    void what_jacksons_own_reader_refuses_is_refused_the_same_way(String json) {
        var expected = catchThrown(() -> JACKSON.readValue(json, Instant.class));
        assertThatThrownBy(() -> OURS.readValue(json, Instant.class)).isExactlyInstanceOf(expected.getClass());
    }

    @Test
    void the_applications_json_mapper_reads_instants_this_way() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withBean(InstantsAsWritten.class)
                .run(context -> assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds())
                        .contains("onetrip-instants-as-written"));
    }

    private static Throwable catchThrown(ThrowingRunnable call) {
        try {
            call.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("Jackson's own reader accepted it");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
