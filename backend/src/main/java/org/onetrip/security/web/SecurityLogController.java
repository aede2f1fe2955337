package org.onetrip.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onetrip.security.SecurityLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security log for the administrator (the API chain lets only ADMIN reach /api/admin/**). */
@RestController
@Tag(name = "Administration")
public class SecurityLogController {

    private final SecurityLog securityLog;

    public SecurityLogController(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    @GetMapping("/api/admin/security-events")
    @Operation(
            summary = "The security log, newest first: sign-ins (succeeded, failed, throttled) and attempts on cases"
                    + " by staff with no business with them; who, when, from which address")
    public List<SecurityLog.Entry> newest(@RequestParam(defaultValue = "100") int limit) {
        return securityLog.newest(limit);
    }
}
