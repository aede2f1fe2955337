package org.onetrip.integrity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.command.CheckpointCutter;
import org.onetrip.integrity.receipt.ReceiptKeyRotation;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.StaffRoles;
import org.springframework.mock.web.MockHttpServletRequest;

class AdminIntegrityControllerTest {

    @Test
    void a_refused_rotation_answers_409_with_the_general_reason_the_rule_and_the_english_detail() {
        var roles = mock(StaffRoles.class);
        var http = new MockHttpServletRequest();
        var admin = new Actor("admin", Role.ADMIN, null);
        when(roles.require(http, Role.ADMIN)).thenReturn(admin);
        var rotation = mock(ReceiptKeyRotation.class);
        when(rotation.rotate(admin))
                .thenThrow(new ReceiptSigningKeyRotationRejectedException(
                        ReceiptKeyRotationRefusalReason.GENERATION_NOT_NEXT,
                        "the new key's generation must follow the last one (5), not 2"));
        var controller = new AdminIntegrityController(mock(CheckpointCutter.class), rotation, roles);

        assertThatThrownBy(() -> controller.rotateReceiptKey(http))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    var problem = refused.problem();
                    assertThat(problem.getStatus()).isEqualTo(409);
                    assertThat(problem.getProperties())
                            .containsEntry("reason", "RECEIPT_KEY_ROTATION_REJECTED")
                            .containsEntry("rule", "GENERATION_NOT_NEXT");
                    assertThat(problem.getDetail()).startsWith("the new key's generation must follow");
                });
    }
}
