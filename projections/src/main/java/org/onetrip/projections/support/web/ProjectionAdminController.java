package org.onetrip.projections.support.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.projections.support.ProjectionReplayer.ReplayStatus;
import org.onetrip.shared.api.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration")
public class ProjectionAdminController {

    private final ProjectionReplayer replayer;
    private final StaffAccess access;

    public ProjectionAdminController(ProjectionReplayer replayer, StaffAccess access) {
        this.replayer = replayer;
        this.access = access;
    }

    @GetMapping("/api/admin/projections")
    @Operation(
            summary = "The projections: their last rebuild (state, percentage, events per second, time left) and"
                    + " where each processor segment is and which instance processes it")
    public List<ReplayStatus> projections(HttpServletRequest http) {
        access.require(http, Role.ADMIN);
        return replayer.projections().stream().map(replayer::status).toList();
    }

    @PostMapping("/api/admin/projections/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection from the event store into a new index; searches keep working meanwhile")
    public ReplayStatus replay(@PathVariable String name, HttpServletRequest http) {
        var admin = access.require(http, Role.ADMIN);
        if (!replayer.projections().contains(name)) {
            throw new InvalidSearchException("name", "no projection " + name + "; known: " + replayer.projections());
        }
        return replayer.start(name, admin.personId(), "admin API");
    }
}
