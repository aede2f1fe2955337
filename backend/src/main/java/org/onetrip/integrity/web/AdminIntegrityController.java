package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.integrity.api.IntegrityCheckpointRejectedException;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.command.CheckpointCutter;
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
    private final StaffRoles roles;

    public AdminIntegrityController(CheckpointCutter cutter, StaffRoles roles) {
        this.cutter = cutter;
        this.roles = roles;
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
