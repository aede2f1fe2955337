package org.onetrip.calendar.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/** The event store keeps events as Jackson JSON (axon.serializer.events: jackson); they must read back whole. */
class CalendarYearPublishedEventSerializationTest {

    @Test
    void aPublishedYearSurvivesTheJacksonSerializerUnchanged() {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
                .build();
        CalendarYearPublishedEvent event = new CalendarYearPublishedEvent(
                CalendarIds.NATIONAL,
                new EventContext("event-1", Actor.SYSTEM, Channel.SYSTEM, Instant.parse("2025-11-04T02:00:00Z")),
                2,
                2026,
                List.of(new Holiday(LocalDate.parse("2026-02-15"), "春节")),
                List.of(LocalDate.parse("2026-02-14")),
                "国办发明电〔2025〕7号",
                null);

        SerializedObject<String> json = serializer.serialize(event, String.class);
        CalendarYearPublishedEvent readBack = serializer.deserialize(json);

        assertThat(readBack).isEqualTo(event);
    }
}
