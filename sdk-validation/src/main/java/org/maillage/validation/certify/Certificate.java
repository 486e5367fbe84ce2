package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A certificate of conformance: which files were checked, against which versions of the schemas,
 * rule catalogue and profile, at which level, with what result, and who signed it. Its JSON form
 * is described by {@code certificate.schema.json}; {@link CertificateJson} writes and reads it.
 *
 * @param format the version of the certificate format, {@link #FORMAT}
 * @param files the certified files, with their SHA-256 and size
 * @param schemaVersion the version of the Maillage JSON Schemas
 * @param ruleCatalogueVersion the version of the rule catalogue
 * @param profile the profile whose rules were checked (level 3), or null
 * @param levelRequested the level asked for, 1 to 3
 * @param levelReached the highest level reached, 0 to {@code levelRequested}
 * @param blocking the rules that kept a level up to the requested one from being reached, with
 *     the lowest level each blocks; empty when the requested level is reached
 * @param rules what each rule found (only rules with findings, waived or not)
 * @param summary the totals of {@code rules}
 * @param waivers the waivers that applied
 * @param tool the tool that certified
 * @param issued when the certificate was made
 * @param signature the signature, or null before signing
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Certificate(String format, List<CertifiedFile> files, String schemaVersion, String ruleCatalogueVersion,
        Profile profile, int levelRequested, int levelReached, List<BlockingRule> blocking, List<RuleCount> rules,
        Summary summary, List<WaiverEntry> waivers, Tool tool, Instant issued, Seal signature) {

    /** The version of the certificate format this code writes and reads. */
    public static final String FORMAT = "1.0";

    /**
     * A named profile of rules.
     *
     * @param name its name, for example {@code policy}
     * @param version its version
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Profile(String name, String version) {
        /**
         * Checks the values.
         *
         * @param name its name, for example {@code policy}
         * @param version its version
         */
        public Profile {
            Codes.notBlank(name, "profile name");
            Codes.notBlank(version, "profile version");
        }
    }

    /**
     * The tool that certified.
     *
     * @param name its name, for example {@code maillage}
     * @param version its version
     * @since 0.1.0
     */
    @API(status = EXPERIMENTAL, since = "0.1.0")
    public record Tool(String name, String version) {
        /**
         * Checks the values.
         *
         * @param name its name, for example {@code maillage}
         * @param version its version
         */
        public Tool {
            Codes.notBlank(name, "tool name");
            Codes.notBlank(version, "tool version");
        }
    }

    /**
     * Checks the values and copies the lists.
     *
     * @param format the version of the certificate format, {@link #FORMAT}
     * @param files the certified files, with their SHA-256 and size
     * @param schemaVersion the version of the Maillage JSON Schemas
     * @param ruleCatalogueVersion the version of the rule catalogue
     * @param profile the profile whose rules were checked (level 3), or null
     * @param levelRequested the level asked for, 1 to 3
     * @param levelReached the highest level reached, 0 to {@code levelRequested}
     * @param blocking the rules that kept a level up to the requested one from being reached, with the lowest level each blocks; empty when the requested level is reached
     * @param rules what each rule found (only rules with findings, waived or not)
     * @param summary the totals of {@code rules}
     * @param waivers the waivers that applied
     * @param tool the tool that certified
     * @param issued when the certificate was made
     * @param signature the signature, or null before signing
     */
    public Certificate {
        Codes.notBlank(format, "format");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a certificate names at least one file");
        }
        Codes.notBlank(schemaVersion, "schema version");
        Codes.notBlank(ruleCatalogueVersion, "rule catalogue version");
        Level.of(levelRequested);
        Level.of(levelReached);
        if (levelRequested < 1) {
            throw new IllegalArgumentException("the requested level is 1 to 3, not " + levelRequested);
        }
        blocking = List.copyOf(blocking);
        rules = List.copyOf(rules);
        Objects.requireNonNull(summary, "summary");
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(issued, "issued");
    }

    /**
     * Makes an unsigned certificate, computing the level reached, the blocking rules and the
     * summary from the rule counts.
     *
     * @param files the certified files
     * @param schemaVersion the schema version
     * @param ruleCatalogueVersion the rule catalogue version
     * @param profile the profile, or null
     * @param requested the level asked for
     * @param rules what each rule found
     * @param waivers the waivers that applied
     * @param tool the tool
     * @param issued when
     * @return the certificate, without signature
     */
    public static Certificate assess(List<CertifiedFile> files, String schemaVersion, String ruleCatalogueVersion,
            Profile profile, Level requested, List<RuleCount> rules, List<WaiverEntry> waivers, Tool tool, Instant issued) {
        if (requested == Level.NONE) {
            throw new IllegalArgumentException("the requested level is 1 to 3");
        }
        List<RuleCount> sorted = rules.stream().sorted(java.util.Comparator.comparing(RuleCount::ruleId)).toList();
        return new Certificate(FORMAT, files, schemaVersion, ruleCatalogueVersion, profile, requested.number(),
                Levels.reached(requested, sorted).number(), Levels.blocking(requested, sorted), sorted, Summary.of(sorted),
                waivers, tool, issued, null);
    }

    /** @return the level reached */
    public Level reached() {
        return Level.of(levelReached);
    }

    /** @return the level requested */
    public Level requested() {
        return Level.of(levelRequested);
    }

    /** @return whether the requested level was reached */
    public boolean passed() {
        return levelReached == levelRequested;
    }

    /** @return the signature, if signed */
    public Optional<Seal> seal() {
        return Optional.ofNullable(signature);
    }

    /**
     * The rules that kept the level above the reached one from being reached.
     *
     * @return those rules, empty when the requested level was reached
     */
    public List<BlockingRule> blockingNextLevel() {
        return blocking.stream().filter(b -> b.level() <= levelReached + 1).toList();
    }

    /**
     * The certificate as a file holds it: its canonical JSON form, indented ({@code certificate.schema.json}).
     *
     * @return UTF-8 JSON
     */
    public byte[] toJson() {
        return CertificateJson.write(this);
    }

    /**
     * Reads a certificate file.
     *
     * @param json the file's bytes
     * @return the certificate
     * @throws InvalidCertificateException when the bytes are not a certificate, with the JSON Pointer
     *     of the first problem
     */
    public static Certificate fromJson(byte[] json) {
        return CertificateJson.read(json);
    }

    /**
     * The certificate as a self-contained HTML page, in French and English.
     *
     * @return the page
     */
    public String toHtml() {
        return CertificateHtml.render(this);
    }

    /**
     * This certificate with another signature.
     *
     * @param seal the signature, or null for none
     * @return a copy
     */
    public Certificate withSignature(Seal seal) {
        return new Certificate(format, files, schemaVersion, ruleCatalogueVersion, profile, levelRequested, levelReached,
                blocking, rules, summary, waivers, tool, issued, seal);
    }
}
