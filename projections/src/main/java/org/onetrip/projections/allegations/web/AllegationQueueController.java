package org.onetrip.projections.allegations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.projections.allegations.AllegationQueue;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.api.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Discipline office")
public class AllegationQueueController {

    private final AllegationQueue queue;
    private final StaffAccess access;

    public AllegationQueueController(AllegationQueue queue, StaffAccess access) {
        this.queue = queue;
        this.access = access;
    }

    @GetMapping("/api/staff/allegations")
    @Operation(
            summary = "The discipline office's queue: allegations against staff from their filing on, and "
                    + "conflict-of-interest decisions asked for; all=true includes those dealt with")
    public AllegationQueue.Response queue(@RequestParam(defaultValue = "false") boolean all, HttpServletRequest http) {
        access.require(http, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
        return queue.queue(!all);
    }
}
