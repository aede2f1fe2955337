package org.onetrip.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.enterprise.web.EnterpriseController.AssignTogetherRequest;

/** The body of a hand-over of many enterprise requests is bounded before it reaches the application. */
class AssignTogetherRequestTest {

    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_department_code_or_a_case_id_over_sixty_four_characters_is_refused() {
        assertThat(fields(new AssignTogetherRequest(List.of("c-1"), "x".repeat(65), null)))
                .containsExactly("departmentCode");
        assertThat(fields(new AssignTogetherRequest(List.of("c-1", "c".repeat(65)), "minzheng", null)))
                .containsExactly("caseIds[1].<list element>");
        assertThat(fields(new AssignTogetherRequest(List.of("c-1"), "minzheng", "指示")))
                .isEmpty();
    }

    private static List<String> fields(AssignTogetherRequest body) {
        return validator.validate(body).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();
    }
}
