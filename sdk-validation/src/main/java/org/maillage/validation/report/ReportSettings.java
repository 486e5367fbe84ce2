package org.maillage.validation.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.validation.Language;
import org.maillage.validation.RuleCatalogue;

/**
 * What a report needs besides its findings: the language, the catalogue its rules come from (SARIF
 * lists them, JUnit makes one test case of each), the tool version SARIF names, and the directory
 * file locations are made relative to. Nothing here depends on the clock or the host, so the same
 * report and settings give the same bytes.
 *
 * @param language the language of messages and labels
 * @param catalogue the rule catalogue, with the definitions of the rule packs that ran
 * @param toolVersion the version of the tool, for example {@code 0.1.0}
 * @param baseDirectory the directory SARIF artifact URIs are relative to (an absolute path)
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record ReportSettings(Language language, RuleCatalogue catalogue, String toolVersion, Path baseDirectory) {

    /**
     * Requires every member; makes the base directory absolute and normal.
     *
     * @param language the language of messages and labels
     * @param catalogue the rule catalogue, with the definitions of the rule packs that ran
     * @param toolVersion the version of the tool, for example {@code 0.1.0}
     * @param baseDirectory the directory SARIF artifact URIs are relative to (an absolute path)
     */
    public ReportSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(toolVersion, "toolVersion");
        baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory").toAbsolutePath().normalize();
    }

    /**
     * Settings with the standard catalogue, the version of this jar (or {@code unknown} when it is
     * not packaged) and the working directory.
     *
     * @param language the language
     * @return the settings
     */
    public static ReportSettings of(Language language) {
        String v = ReportSettings.class.getPackage().getImplementationVersion();
        return new ReportSettings(language, RuleCatalogue.standard(), v == null ? "unknown" : v, Path.of(""));
    }

    /**
     * A copy with another catalogue.
     *
     * @param value the catalogue, for example {@code validator.catalogue()}
     * @return the copy
     */
    public ReportSettings withCatalogue(RuleCatalogue value) {
        return new ReportSettings(language, value, toolVersion, baseDirectory);
    }

    /**
     * A copy with another tool version.
     *
     * @param value the version
     * @return the copy
     */
    public ReportSettings withToolVersion(String value) {
        return new ReportSettings(language, catalogue, value, baseDirectory);
    }

    /**
     * A copy with another base directory.
     *
     * @param value the directory
     * @return the copy
     */
    public ReportSettings withBaseDirectory(Path value) {
        return new ReportSettings(language, catalogue, toolVersion, value);
    }
}
