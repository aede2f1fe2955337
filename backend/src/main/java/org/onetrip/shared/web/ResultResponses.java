package org.onetrip.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.onetrip.shared.application.Result;
import org.springframework.http.HttpStatus;

/** How the REST API says an application service's {@link Result}: the value, or the matching problem. */
public final class ResultResponses {

    private ResultResponses() {}

    /** The value when done; otherwise an {@link ApiException} carrying the problem ({@code unknown} for 404). */
    public static <T> T valueOf(Result<T> result, URI unknown, String what) {
        if (result instanceof Result.Done<T> done) {
            return done.value();
        }
        throw new ApiException(problem(result, unknown, what));
    }

    public static org.springframework.http.ProblemDetail problem(Result<?> result, URI unknown, String what) {
        if (result instanceof Result.Refused<?> refused) {
            return ApiProblemHandler.refusal(refused.reason(), refused.detail());
        }
        if (result instanceof Result.NotFound<?>) {
            return Problems.of(HttpStatus.NOT_FOUND, unknown, "Unknown " + what, "no such " + what);
        }
        if (result instanceof Result.Invalid<?> invalid) {
            var problem =
                    Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input", invalid.message());
            problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", invalid.message())));
            return problem;
        }
        if (result instanceof Result.RateLimited<?>) {
            return Problems.of(
                    HttpStatus.TOO_MANY_REQUESTS,
                    Problems.TOO_MANY_REQUESTS,
                    "Too many requests",
                    "please wait a moment and try again");
        }
        throw new IllegalArgumentException("not a failure: " + result);
    }
}
