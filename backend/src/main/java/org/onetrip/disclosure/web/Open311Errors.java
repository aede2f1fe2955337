package org.onetrip.disclosure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Open311 clients expect {@code [{"code", "description"}]} (or {@code <errors><error>} when they asked
 * for XML), not problem details: every failure here answers so.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final ObjectMapper json;

    public Open311Errors(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(Open311.Open311Exception.class)
    ResponseEntity<?> open311(Open311.Open311Exception e, HttpServletRequest request) {
        var response = respond(request, e.status(), e.getMessage());
        if (e.retryAfterSeconds() <= 0) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(response.getBody());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(request, 415, "send application/x-www-form-urlencoded");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> other(Exception e, HttpServletRequest request) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof InvalidCommandException invalid) {
            return respond(request, 400, invalid.getMessage());
        }
        if (cause instanceof ApiException api) {
            return respond(request, api.problem().getStatus(), api.problem().getDetail());
        }
        log.error("unexpected failure behind the Open311 API", e);
        return respond(request, 500, "the request could not be completed; nothing was stored");
    }

    ResponseEntity<?> respond(HttpServletRequest request, int status, String description) {
        var errors = List.of(new Open311.Error(status, description));
        var builder = ResponseEntity.status(HttpStatus.valueOf(status));
        if (asksForXml(request)) {
            return builder.contentType(Open311Xml.TEXT_XML).body(Open311Xml.write(json, "errors", errors));
        }
        return builder.contentType(MediaType.APPLICATION_JSON).body(errors);
    }

    /** The format is the resource's extension, as GeoReport v2 specifies. */
    static boolean asksForXml(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xml");
    }
}
