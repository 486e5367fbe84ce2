package org.maillage.validation.report;

import java.util.Locale;

/** The formats a report can be written in. */
public enum ReportFormat {
    /** Text for a terminal: findings grouped by file and entity, then a summary line. */
    TEXT,
    /** JSON, described by {@code report.schema.json} in the Maillage schemas. */
    JSON;

    /**
     * The format of a name such as {@code text} or {@code json}.
     *
     * @param name the name, any case
     * @return the format
     * @throws IllegalArgumentException for an unknown name
     */
    public static ReportFormat of(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "' (expected text or json)");
    }

    /**
     * The lower-case name.
     *
     * @return for example {@code json}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
