package org.onetrip.enterprise.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;

/** Assigning enterprise requests together refuses a bad hand-over before it touches a single case. */
class EnterpriseRequestsTest {

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");

    final CaseHandling cases = mock(CaseHandling.class);
    final CaseRegistryRepository registry = mock(CaseRegistryRepository.class);
    final EnterpriseRequests requests =
            new EnterpriseRequests(cases, registry, DepartmentDirectory.fromClasspath(new ObjectMapper()));

    @Test
    void an_unknown_department_is_invalid_and_no_case_is_accepted_or_assigned() {
        assertThatThrownBy(() -> requests.assignTogether(INTAKE, List.of("c-1", "c-2"), "minzhemg", null))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("unknown department: minzhemg");
        verifyNoInteractions(cases, registry);
    }

    @Test
    void a_department_code_or_a_case_id_over_sixty_four_characters_is_invalid_and_touches_no_case() {
        assertThatThrownBy(() -> requests.assignTogether(INTAKE, List.of("c-1"), "x".repeat(60_000), null))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("departmentCode is at most 64 characters");
        assertThatThrownBy(() -> requests.assignTogether(INTAKE, List.of("c-1", "c".repeat(65)), "minzheng", null))
                .isInstanceOf(InvalidCommandException.class)
                .extracting(e -> ((InvalidCommandException) e).field())
                .isEqualTo("caseIds");
        verifyNoInteractions(cases, registry);
    }
}
