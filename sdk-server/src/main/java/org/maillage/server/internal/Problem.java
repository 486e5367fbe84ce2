package org.maillage.server.internal;

import java.util.Objects;

/**
 * An RFC 9457 problem: an HTTP status, a type (a slug under {@code https://maillage.org/problems/}),
 * and a title and detail in English and in French. Thrown by the handlers, written by
 * {@link Responses#problem}.
 *
 * @param status the HTTP status
 * @param slug the last segment of the type URI
 * @param titleEn the title in English
 * @param titleFr the title in French
 * @param detailEn what happened and what to do, in English
 * @param detailFr the same in French
 */
record Problem(int status, String slug, String titleEn, String titleFr, String detailEn, String detailFr) {

    /** The base of problem type URIs. */
    static final String TYPE_BASE = "https://maillage.org/problems/";

    Problem {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(detailEn, "detailEn");
        Objects.requireNonNull(detailFr, "detailFr");
    }

    /** The problem as an exception a handler throws. */
    ProblemException exception() {
        return new ProblemException(this);
    }

    static Problem badParameter(String detailEn, String detailFr) {
        return new Problem(400, "bad-parameter", "Bad parameter", "Paramètre incorrect", detailEn, detailFr);
    }

    static Problem badRequest(String slug, String detailEn, String detailFr) {
        return new Problem(400, slug, "Bad request", "Requête incorrecte", detailEn, detailFr);
    }

    /** A problem as an unchecked exception, so that it can cross the validator's stream reads. */
    static final class ProblemException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** The problem; its serial form. */
        private final transient Problem problem;

        ProblemException(Problem problem) {
            super(problem.detailEn(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
