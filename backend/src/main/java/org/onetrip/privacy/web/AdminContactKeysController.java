package org.onetrip.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.privacy.command.ContactKeyRewrapping;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.StaffRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's actions on the key-encryption key that wraps the contact keys (docs/operations.md). */
@RestController
@RequestMapping("/api/admin/privacy/key-encryption-key")
@Tag(name = "Administration")
public class AdminContactKeysController {

    private static final Logger log = LoggerFactory.getLogger(AdminContactKeysController.class);

    private final ContactKeyRewrapping rewrapping;
    private final StaffRoles roles;

    public AdminContactKeysController(ContactKeyRewrapping rewrapping, StaffRoles roles) {
        this.rewrapping = rewrapping;
        this.roles = roles;
    }

    @PostMapping("/rotations")
    @Operation(
            summary = "Rotate a file-held key-encryption keyset: a new key, every contact key re-wrapped under it"
                    + " (no event changes), the old key destroyed. Back the keyset file up again afterwards")
    public ContactKeyRewrapping.Outcome rotate(HttpServletRequest http) {
        var actor = roles.require(http, Role.ADMIN);
        try {
            var outcome = rewrapping.rotate();
            log.info("Key-encryption key rotated by {}", actor.personId());
            return outcome;
        } catch (IllegalStateException refused) {
            throw new ApiException(ApiProblemHandler.refusal("KEK_NOT_ROTATABLE", refused.getMessage()));
        }
    }

    @PostMapping("/rewraps")
    @Operation(
            summary = "Re-wrap every contact key under the primary of the keyset as configured now (after the keyset"
                    + " was rotated outside the application, e.g. with Tinkey)")
    public ContactKeyRewrapping.Outcome rewrap(HttpServletRequest http) {
        var actor = roles.require(http, Role.ADMIN);
        var outcome = rewrapping.rewrap();
        log.info("Contact keys re-wrapped by {}", actor.personId());
        return outcome;
    }
}
