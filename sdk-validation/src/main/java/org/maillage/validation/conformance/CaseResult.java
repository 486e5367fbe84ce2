package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * How an implementation did on one conformance case.
 *
 * @param testCase the case
 * @param problem why it failed, or empty when it passed
 * @param missing expected findings the implementation did not report
 * @param unexpected findings it reported that were not expected
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CaseResult(ConformanceCase testCase, String problem, SortedSet<FindingKey> missing,
        SortedSet<FindingKey> unexpected) {

    /**
     * Checks and copies.
     *
     * @param testCase the case
     * @param problem why it failed, or empty when it passed
     * @param missing expected findings the implementation did not report
     * @param unexpected findings it reported that were not expected
     */
    public CaseResult {
        Objects.requireNonNull(testCase, "testCase");
        Objects.requireNonNull(problem, "problem");
        missing = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(missing));
        unexpected = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(unexpected));
    }

    /** @return whether the implementation agreed with the corpus on this case */
    public boolean passed() {
        return problem.isEmpty();
    }

    static CaseResult failed(ConformanceCase c, String problem) {
        return new CaseResult(c, problem, new TreeSet<>(), new TreeSet<>());
    }

    static CaseResult compare(ConformanceCase c, boolean valid, SortedSet<FindingKey> actual) {
        SortedSet<FindingKey> missing = c.expected();
        missing.removeAll(actual);
        SortedSet<FindingKey> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(c.expected());
        StringBuilder problem = new StringBuilder();
        if (valid != c.valid()) {
            problem.append("expected ").append(c.valid() ? "valid" : "invalid").append(", got ").append(valid ? "valid" : "invalid");
        }
        if (!missing.isEmpty()) {
            problem.append(problem.length() == 0 ? "" : "; ").append("missing: ").append(join(missing));
        }
        if (!unexpected.isEmpty()) {
            problem.append(problem.length() == 0 ? "" : "; ").append("unexpected: ").append(join(unexpected));
        }
        return new CaseResult(c, problem.toString(), missing, unexpected);
    }

    private static String join(SortedSet<FindingKey> keys) {
        return String.join(", ", keys.stream().map(FindingKey::toString).toList());
    }
}
