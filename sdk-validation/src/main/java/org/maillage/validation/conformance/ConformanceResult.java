package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How an implementation did on the whole corpus.
 *
 * @param implementation the command that was run
 * @param results one result per case, in corpus order
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ConformanceResult(List<String> implementation, List<CaseResult> results) {

    /**
     * Copies the lists.
     *
     * @param implementation the command that was run
     * @param results one result per case, in corpus order
     */
    public ConformanceResult {
        implementation = List.copyOf(implementation);
        results = List.copyOf(results);
    }

    /** @return the number of cases passed */
    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    /** @return whether every case passed (and there was at least one) */
    public boolean perfect() {
        return !results.isEmpty() && passed() == results.size();
    }

    /** @return the score in percent, 0 to 100 */
    public double percent() {
        return results.isEmpty() ? 0 : 100.0 * passed() / results.size();
    }

    /**
     * The score table: cases and passes per group file, the total, then each failure and why.
     *
     * @return the table, lines ending with LF
     */
    public String table() {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (CaseResult r : results) {
            String file = r.testCase().id().substring(0, r.testCase().id().lastIndexOf('#'));
            long[] counts = groups.computeIfAbsent(file, k -> new long[2]);
            counts[0]++;
            counts[1] += r.passed() ? 1 : 0;
        }
        int width = Math.max(5, groups.keySet().stream().mapToInt(String::length).max().orElse(5));
        StringBuilder sb = new StringBuilder();
        sb.append("Implementation: ").append(String.join(" ", implementation)).append('\n');
        sb.append(String.format(Locale.ROOT, "%-" + width + "s  %6s  %6s%n", "group", "cases", "passed"));
        groups.forEach((file, c) -> sb.append(String.format(Locale.ROOT, "%-" + width + "s  %6d  %6d%s%n", file, c[0], c[1],
                c[0] == c[1] ? "" : "  FAIL")));
        sb.append(String.format(Locale.ROOT, "%-" + width + "s  %6d  %6d%n", "total", results.size(), passed()));
        sb.append(String.format(Locale.ROOT, "Score: %d/%d cases (%.1f%%)%n", passed(), results.size(), percent()));
        List<CaseResult> failures = results.stream().filter(r -> !r.passed()).toList();
        if (!failures.isEmpty()) {
            sb.append("Failures:\n");
            for (CaseResult r : failures) {
                sb.append("  ").append(r.testCase().id()).append(" (").append(r.testCase().description()).append("): ")
                        .append(r.problem()).append('\n');
            }
        }
        return sb.toString();
    }
}
