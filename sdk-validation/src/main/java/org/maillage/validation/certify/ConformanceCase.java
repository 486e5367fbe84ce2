package org.maillage.validation.certify;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One case of the conformance corpus: an input file, and what a conforming implementation
 * says of it.
 *
 * @param id a stable id: the group file's path in the corpus, {@code #}, the case's index
 * @param group the description of its group
 * @param description what the case shows
 * @param ruleId the rule the group is about, or null
 * @param fileName the name to give the input file (its extension tells JSON from NDJSON)
 * @param input the input's bytes
 * @param valid the expected verdict
 * @param findings the expected findings
 */
public record ConformanceCase(String id, String group, String description, String ruleId, String fileName, byte[] input,
        boolean valid, List<FindingKey> findings) {

    /** Checks and copies. */
    public ConformanceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileName, "fileName");
        input = input.clone();
        findings = List.copyOf(findings);
    }

    @Override
    public byte[] input() {
        return input.clone();
    }

    /** @return the expected findings as a sorted set */
    public SortedSet<FindingKey> expected() {
        return new TreeSet<>(findings);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConformanceCase c && id.equals(c.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + " (" + description + ")";
    }
}
