package org.onetrip.projections.support.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.onetrip.projections.support.SearchUnavailableException;
import org.onetrip.shared.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search the engine cannot answer (unreachable, or an index deleted and being rebuilt) is a 503 the caller may
 * retry, not an internal error: the events are intact and the projection catches up on its own. Ahead of the
 * general handler, which would answer 500 for any exception it does not know.
 */
@RestControllerAdvice(basePackages = "org.onetrip")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

    private static final Logger log = LoggerFactory.getLogger(SearchProblems.class);

    @ExceptionHandler({SearchUnavailableException.class, ElasticsearchException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("search unavailable: {}", e.getMessage());
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.searchUnavailable());
    }
}
