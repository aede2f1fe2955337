package org.onetrip.shared.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem types this API answers with; each type URI is documented in docs/api.md. */
public final class Problems {

    public static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    public static final URI MALFORMED_REQUEST = URI.create("/problems/malformed-request");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("/problems/payload-too-large");
    public static final URI UNKNOWN_CASE = URI.create("/problems/unknown-case");
    public static final URI COMMAND_REFUSED = URI.create("/problems/command-refused");
    public static final URI CONCURRENT_MODIFICATION = URI.create("/problems/concurrent-modification");
    public static final URI UNAUTHENTICATED = URI.create("/problems/unauthenticated");
    public static final URI FORBIDDEN = URI.create("/problems/forbidden");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create("/problems/unsupported-media-type");
    public static final URI TOO_MANY_REQUESTS = URI.create("/problems/too-many-requests");
    public static final URI UNKNOWN_GRID = URI.create("/problems/unknown-grid");
    public static final URI UNKNOWN_ENTERPRISE = URI.create("/problems/unknown-enterprise");

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
