package org.onetrip.disclosure.web;

import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Open311 clients expect {@code [{"code", "description"}]}, not problem details: every failure here answers so. */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    @ExceptionHandler(Open311.Open311Exception.class)
    ResponseEntity<List<Open311.Error>> open311(Open311.Open311Exception e) {
        return respond(e.status(), e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<List<Open311.Error>> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(415, "send application/x-www-form-urlencoded");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<List<Open311.Error>> other(Exception e) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof InvalidCommandException invalid) {
            return respond(400, invalid.getMessage());
        }
        if (cause instanceof ApiException api) {
            return respond(api.problem().getStatus(), api.problem().getDetail());
        }
        log.error("unexpected failure behind the Open311 API", e);
        return respond(500, "the request could not be completed; nothing was stored");
    }

    static ResponseEntity<List<Open311.Error>> respond(int status, String description) {
        return ResponseEntity.status(HttpStatus.valueOf(status)).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Open311.Error(status, description)));
    }
}
