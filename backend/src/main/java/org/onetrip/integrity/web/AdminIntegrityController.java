package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.integrity.api.IntegrityCheckpointRejectedException;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.command.CheckpointCutter;
import org.onetrip.integrity.receipt.ReceiptKeyRotation;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.StaffRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/integrity")
@Tag(name = "Admin: integrity")
public class AdminIntegrityController {

    private final CheckpointCutter cutter;
    private final ReceiptKeyRotation rotation;
    private final StaffRoles roles;

    public AdminIntegrityController(CheckpointCutter cutter, ReceiptKeyRotation rotation, StaffRoles roles) {
        this.cutter = cutter;
        this.rotation = rotation;
        this.roles = roles;
    }

    @PostMapping("/receipt-keys/rotations")
    @Operation(
            summary = "Retire the receipt-signing key in force (its private part is erased, its public part stays"
                    + " published) and sign from now on with a new one; recorded as a ReceiptSigningKeyRotatedEvent")
    public ReceiptKeys.Rotation rotateReceiptKey(HttpServletRequest http) {
        var actor = roles.require(http, Role.ADMIN);
        try {
            return rotation.rotate(actor);
        } catch (ReceiptSigningKeyRotationRejectedException rejected) {
            var problem = ApiProblemHandler.refusal("RECEIPT_KEY_ROTATION_REJECTED", rejected.getMessage());
            problem.setProperty("rule", rejected.reason().name());
            throw new ApiException(problem);
        }
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Cut and publish a checkpoint now (the schedule does it daily); 204 when no time has passed")
    public ResponseEntity<PublishedCheckpoint> cutNow(HttpServletRequest http) {
        var actor = roles.require(http, Role.ADMIN);
        try {
            return cutter.cut(actor)
                    .map(ResponseEntity::ok)
                    .orElseGet(() -> ResponseEntity.noContent().build());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IntegrityCheckpointRejectedException rejected) {
                    throw new ApiException(ApiProblemHandler.refusal("CHECKPOINT_REJECTED", rejected.getMessage()));
                }
            }
            throw e;
        }
    }
}
