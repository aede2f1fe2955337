package org.onetrip.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem types this API answers with; each type URI is documented in docs/api.md. */
public final class Problems {

    public static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    public static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("/problems/payload-too-large");
    public static final URI UNKNOWN_CASE = URI.create("/problems/unknown-case");
    public static final URI UNKNOWN_DISCLOSURE = URI.create("/problems/unknown-disclosure");
    public static final URI COMMAND_REFUSED = URI.create("/problems/command-refused");
    public static final URI CONCURRENT_MODIFICATION = URI.create("/problems/concurrent-modification");
    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
    public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");
    public static final URI NOT_FOUND = URI.create("/problems/not-found");
    public static final URI METHOD_NOT_ALLOWED = URI.create("/problems/method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create("/problems/not-acceptable");
    public static final URI INTERNAL_ERROR = URI.create("/problems/internal-error");
    public static final URI SEARCH_UNAVAILABLE = URI.create("/problems/search-unavailable");
    public static final URI UNKNOWN_GRID = URI.create("/problems/unknown-grid");
    public static final URI UNKNOWN_ENTERPRISE = URI.create("/problems/unknown-enterprise");

    private Problems() {}

    /** 400 with the one field that is wrong, as bean validation answers for several. */
    public static ProblemDetail invalid(String field, String message) {
        var problem = of(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }

    /** 409: a rule of the domain refused the command; {@code reason} names the rule. */
    public static ProblemDetail refusal(String reason, String detail) {
        var problem = of(HttpStatus.CONFLICT, COMMAND_REFUSED, "Command refused", detail);
        problem.setProperty("reason", reason);
        return problem;
    }

    public static ProblemDetail unknownCase(String detail) {
        return of(HttpStatus.NOT_FOUND, UNKNOWN_CASE, "Unknown case", detail);
    }

    /** 404 for a service item, notice, batch or bulletin; {@code what} says which, e.g. "notice N-1". */
    public static ProblemDetail unknownDisclosure(String what) {
        return of(HttpStatus.NOT_FOUND, UNKNOWN_DISCLOSURE, "Unknown disclosure", "no " + what);
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", detail);
    }

    public static ProblemDetail concurrentModification(String detail) {
        return of(HttpStatus.CONFLICT, CONCURRENT_MODIFICATION, "Concurrent modification", detail);
    }

    /**
     * The problem for a bare HTTP status (the servlet container, Spring MVC or Spring Security said no before
     * any of our handlers could), worded for the caller: never the framework's message or a class name.
     */
    public static ProblemDetail forStatus(int status) {
        var known = HttpStatus.resolve(status);
        var http = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        return switch (http) {
            case BAD_REQUEST ->
                of(http, MALFORMED_REQUEST, "Malformed request", "the address or the request is not well formed");
            case UNAUTHORIZED ->
                of(
                        http,
                        UNAUTHENTICATED,
                        "Unauthenticated",
                        "sign in as staff: a bearer token from POST /api/auth/token, or HTTP Basic");
            case FORBIDDEN -> forbidden("your role may not use this address");
            case NOT_FOUND -> of(http, NOT_FOUND, "Not found", "there is nothing at this address");
            case METHOD_NOT_ALLOWED ->
                of(http, METHOD_NOT_ALLOWED, "Method not allowed", "this address does not accept that method");
            case NOT_ACCEPTABLE ->
                of(http, NOT_ACCEPTABLE, "Not acceptable", "this address answers application/json only");
            case PAYLOAD_TOO_LARGE ->
                of(http, PAYLOAD_TOO_LARGE, "Payload too large", "the request is larger than this address accepts");
            case UNSUPPORTED_MEDIA_TYPE ->
                of(http, UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "send application/json");
            case TOO_MANY_REQUESTS -> of(http, TOO_MANY_REQUESTS, "Too many requests", "please wait and try again");
            default ->
                http.is4xxClientError()
                        ? of(http, MALFORMED_REQUEST, http.getReasonPhrase(), "the request cannot be answered")
                        : of(
                                http,
                                INTERNAL_ERROR,
                                "Internal error",
                                "the request could not be completed; nothing was stored");
        };
    }

    /** 503: the search engine cannot answer now (unreachable, or an index being rebuilt); the events are safe. */
    public static ProblemDetail searchUnavailable() {
        return of(
                HttpStatus.SERVICE_UNAVAILABLE,
                SEARCH_UNAVAILABLE,
                "Search unavailable",
                "search cannot answer right now (it may be rebuilding); nothing is lost, try again shortly");
    }

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
