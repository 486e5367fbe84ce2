package org.maillage.json.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The named sizes of a generated dataset. */
public enum DatasetSize {
    /** One département (Ariège, 325 communes) and its région. */
    DEPARTEMENT("departement", List.of("09"), 1),
    /** One région (Occitanie, 13 départements, about 4,450 communes). */
    REGION("region", List.of("76"), 1),
    /** All of France: 101 départements, 18 régions, about 35,000 communes, one year of observations. */
    FRANCE("france", List.of(), 1),
    /** All of France with ten years of observations (several gigabytes). */
    FRANCE_10Y("france-10y", List.of(), 10);

    private final String label;
    private final List<String> scope;
    private final int years;

    DatasetSize(String label, List<String> scope, int years) {
        this.label = label;
        this.scope = scope;
        this.years = years;
    }

    /**
     * The name used on the command line.
     *
     * @return for example {@code france-10y}
     */
    public String label() {
        return label;
    }

    /**
     * The codes the size is limited to: the département code for {@link #DEPARTEMENT}, the région
     * code for {@link #REGION}, empty for all of France.
     *
     * @return the codes
     */
    List<String> scope() {
        return scope;
    }

    /**
     * How many years of indicator observations the dataset holds.
     *
     * @return 1 or 10
     */
    public int years() {
        return years;
    }

    /**
     * The size with this name.
     *
     * @param name for example {@code france}
     * @return the size
     * @throws IllegalArgumentException naming the known sizes when none has that name
     */
    public static DatasetSize of(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (DatasetSize s : values()) {
            if (s.label.equals(n)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown size '" + name + "', expected one of "
                + Arrays.stream(values()).map(DatasetSize::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
