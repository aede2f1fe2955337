package org.onetrip.shared.web;

import org.springframework.http.ProblemDetail;

/** Carries a ready problem detail out of a controller. */
public class ApiException extends RuntimeException {
    private final transient ProblemDetail problem;

    public ApiException(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
