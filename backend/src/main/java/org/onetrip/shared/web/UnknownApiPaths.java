package org.onetrip.shared.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api} that no endpoint serves is a 404 problem (Open311 answers its own unknown
 * resources in its own error format). Without this,
 * Spring MVC handed it on to the Vaadin servlet (which serves every other path), and the portal answered
 * 200 with its start page. Every real endpoint's mapping is more specific, so it always wins.
 */
@Hidden
@RestController
public class UnknownApiPaths {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.forStatus(HttpStatus.NOT_FOUND.value()));
    }
}
