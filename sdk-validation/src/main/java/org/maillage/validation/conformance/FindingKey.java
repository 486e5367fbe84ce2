package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the conformance kit compares: a finding's rule id and JSON Pointer.
 *
 * @param ruleId the rule id
 * @param pointer the JSON Pointer of the offending value, empty for the document
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record FindingKey(String ruleId, String pointer) implements Comparable<FindingKey> {

    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::ruleId).thenComparing(FindingKey::pointer);

    /**
     * Requires both members.
     *
     * @param ruleId the rule id
     * @param pointer the JSON Pointer of the offending value, empty for the document
     */
    public FindingKey {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(pointer, "pointer");
    }

    @Override
    public int compareTo(FindingKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return ruleId + " at " + (pointer.isEmpty() ? "(document)" : pointer);
    }
}
