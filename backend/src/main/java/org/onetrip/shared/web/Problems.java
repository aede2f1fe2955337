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

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
