package org.onetrip.agency.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.web.AgencyRequests.AgentRequest;

/** Naming an agent over HTTP is bounded before the request reaches the aggregate. */
class AgentRequestTest {

    static ValidatorFactory factory;

    @BeforeAll
    static void open() {
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void an_agent_department_code_over_sixty_four_characters_is_refused() {
        assertThat(fields(new AgentRequest("handler.v-sidian", "v".repeat(60_000))))
                .containsExactly("agentDepartmentCode");
        assertThat(fields(new AgentRequest("handler.v-sidian", "v-sidian"))).isEmpty();
    }

    private static List<String> fields(AgentRequest body) {
        return factory.getValidator().validate(body).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();
    }
}
