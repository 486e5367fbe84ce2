package org.maillage.validation.conformance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.maillage.validation.Layer;

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
 * @param profile the profile to validate under, or null for the implementation's default profile
 * @param waivers the waivers file to validate with (UTF-8 JSON, {@code waivers.schema.json}), or null for none
 * @param layers the layers to run ({@link Layer#READ} always runs), or null for every layer
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ConformanceCase(String id, String group, String description, String ruleId, String fileName, byte[] input,
        boolean valid, List<FindingKey> findings, String profile, byte[] waivers, Set<Layer> layers) {

    /** The name the runner gives a case's waivers file, beside its input. */
    public static final String WAIVERS_FILE_NAME = "waivers.json";

    /**
     * Checks and copies.
     *
     * @param id a stable id: the group file's path in the corpus, {@code #}, the case's index
     * @param group the description of its group
     * @param description what the case shows
     * @param ruleId the rule the group is about, or null
     * @param fileName the name to give the input file (its extension tells JSON from NDJSON)
     * @param input the input's bytes
     * @param valid the expected verdict
     * @param findings the expected findings
     * @param profile the profile to validate under, or null for the implementation's default profile
     * @param waivers the waivers file to validate with (UTF-8 JSON, {@code waivers.schema.json}), or null for none
     * @param layers the layers to run ({@link Layer#READ} always runs), or null for every layer
     */
    public ConformanceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileName, "fileName");
        input = input.clone();
        findings = List.copyOf(findings);
        waivers = waivers == null ? null : waivers.clone();
        if (layers != null) {
            EnumSet<Layer> l = EnumSet.of(Layer.READ);
            l.addAll(layers);
            layers = Collections.unmodifiableSet(l);
        }
    }

    /**
     * The input's bytes.
     *
     * @return a copy of the input's bytes
     */
    @Override
    public byte[] input() {
        return input.clone();
    }

    /**
     * The waivers file to validate with.
     *
     * @return a copy of the waivers file's bytes, or null for none
     */
    @Override
    public byte[] waivers() {
        return waivers == null ? null : waivers.clone();
    }

    /**
     * The options the implementation is given before the input file, in this order:
     * {@code --profile NAME} when the case has a profile, {@code --waivers FILE} when it has waivers,
     * {@code --layers LIST} when it runs only some layers (their codes in pipeline order, separated by
     * commas, {@code read} first: {@code --layers read,constraints,references,rules}).
     *
     * @param waiversFile where the case's waivers were written; not used when it has none
     * @return the options, possibly none
     */
    public List<String> options(String waiversFile) {
        List<String> out = new java.util.ArrayList<>();
        if (profile != null) {
            out.add("--profile");
            out.add(profile);
        }
        if (waivers != null) {
            out.add("--waivers");
            out.add(waiversFile);
        }
        if (layers != null) {
            out.add("--layers");
            out.add(layers.stream().map(Layer::code).collect(Collectors.joining(",")));
        }
        return List.copyOf(out);
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
