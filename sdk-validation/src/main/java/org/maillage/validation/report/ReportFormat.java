package org.maillage.validation.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The formats a report can be written in.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ReportFormat {
    /** Text for a terminal: findings grouped by file and entity, then a summary line. */
    TEXT,
    /** JSON, described by {@code report.schema.json} in the Maillage schemas. */
    JSON,
    /** SARIF 2.1.0, for code-scanning tools: one run, the catalogue's rules, one result per finding. */
    SARIF,
    /** JUnit XML, for CI dashboards: one test suite per file, one test case per rule of the catalogue. */
    JUNIT,
    /** A self-contained HTML page (inline CSS, no script, no external resource). */
    HTML;

    /**
     * The format of a name such as {@code text} or {@code sarif}.
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
        throw new IllegalArgumentException("unknown report format '" + name + "' (expected "
                + Arrays.stream(values()).map(ReportFormat::code).collect(Collectors.joining(", ")) + ")");
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
