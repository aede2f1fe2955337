package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.command.CaseHistories;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/** A department reads only the cases it holds or has held; the other staff roles read every case. */
class CaseAccessTest {

    /** Held by 民政所, then 泗店村委会, then 民政所 again; 国土所 never. */
    final CaseState state = CaseState.of(CaseHistories.eventful());

    @Test
    void a_department_that_held_the_case_once_may_still_read_it() {
        assertThat(CaseAccess.mayRead(new Actor("h", Role.HANDLER, "v-sidian"), state))
                .isTrue();
        assertThat(CaseAccess.mayRead(new Actor("h", Role.HANDLER, "minzheng"), state))
                .isTrue();
    }

    @Test
    void a_department_that_never_held_it_may_not_nor_a_handler_without_a_department() {
        assertThat(CaseAccess.mayRead(new Actor("h", Role.HANDLER, "guotu"), state))
                .isFalse();
        assertThat(CaseAccess.mayRead(new Actor("h", Role.HANDLER, null), state))
                .isFalse();
    }

    @Test
    void intake_discipline_and_auditors_read_every_case_and_the_public_none() {
        for (var role : new Role[] {Role.INTAKE, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN}) {
            assertThat(CaseAccess.mayRead(new Actor("s", role, null), state))
                    .as(role.name())
                    .isTrue();
        }
        assertThat(CaseAccess.mayRead(Actor.PUBLIC, state)).isFalse();
        assertThat(CaseAccess.mayRead(new Actor("s", Role.INTAKE, null), CaseState.NONE))
                .isFalse();
    }
}
