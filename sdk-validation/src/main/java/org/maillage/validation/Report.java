package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.maillage.validation.waiver.AppliedWaiver;

/**
 * The result of validating one or more sources: every finding in a stable order, with counts.
 * Two validations of the same input give equal reports.
 *
 * @param sources the names of the sources validated, in the order given
 * @param findings the findings, ordered by {@link Finding#ORDER}
 * @param errors the number of errors (waived or not)
 * @param warnings the number of warnings
 * @param infos the number of informations
 * @param ruleCounts the number of findings per rule id, sorted by rule id
 * @param catalogueVersion the version of the rule catalogue used
 * @param schemaVersion the version of the schemas used
 * @param waivers the waivers in effect (scoped, not expired), in file order, with the number of
 *     findings each covered; unscoped and expired waivers are findings instead
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Report(List<String> sources, List<Finding> findings, int errors, int warnings, int infos,
        Map<String, Integer> ruleCounts, String catalogueVersion, String schemaVersion, List<AppliedWaiver> waivers) {

    /**
     * Copies the lists and the map.
     *
     * @param sources the names of the sources validated, in the order given
     * @param findings the findings, ordered by {@link Finding#ORDER}
     * @param errors the number of errors (waived or not)
     * @param warnings the number of warnings
     * @param infos the number of informations
     * @param ruleCounts the number of findings per rule id, sorted by rule id
     * @param catalogueVersion the version of the rule catalogue used
     * @param schemaVersion the version of the schemas used
     * @param waivers the waivers in effect (scoped, not expired), in file order, with the number of findings each covered; unscoped and expired waivers are findings instead
     */
    public Report {
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        waivers = List.copyOf(waivers);
        ruleCounts = Collections.unmodifiableMap(new TreeMap<>(ruleCounts));
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }

    /**
     * A report of findings, sorted and counted.
     *
     * @param sources the source names
     * @param findings the findings, in any order
     * @param catalogueVersion the catalogue version
     * @param schemaVersion the schema version
     * @return the report
     */
    public static Report of(List<String> sources, List<Finding> findings, String catalogueVersion, String schemaVersion) {
        return of(sources, findings, catalogueVersion, schemaVersion, List.of());
    }

    /**
     * A report of findings, sorted and counted, with the waivers in effect.
     *
     * @param sources the source names
     * @param findings the findings, in any order
     * @param catalogueVersion the catalogue version
     * @param schemaVersion the schema version
     * @param waivers the waivers in effect, with their counts
     * @return the report
     */
    public static Report of(List<String> sources, List<Finding> findings, String catalogueVersion, String schemaVersion,
            List<AppliedWaiver> waivers) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        int e = 0;
        int w = 0;
        int i = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : sorted) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
            counts.merge(f.ruleId(), 1, Integer::sum);
        }
        return new Report(sources, sorted, e, w, i, counts, catalogueVersion, schemaVersion, waivers);
    }

    /**
     * One report for several, each of one source. A waiver given to each validation is counted
     * once, with the findings it covered in all of them; it is unused only when it covered none in
     * any, and what is said about a waiver (unscoped, expired) is said once.
     *
     * @param reports the reports, in source order
     * @return the combined report; the versions are those of the first report
     */
    public static Report combine(List<Report> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report to combine");
        }
        List<String> sources = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, AppliedWaiver> waivers = new java.util.LinkedHashMap<>();
        java.util.Set<String> aboutWaivers = new java.util.HashSet<>();
        for (Report r : reports) {
            sources.addAll(r.sources());
            for (AppliedWaiver a : r.waivers()) {
                waivers.merge(a.source() + "#" + a.index(), a, (x, y) -> new AppliedWaiver(x.waiver(), x.source(), x.index(),
                        x.findingsWaived() + y.findingsWaived()));
            }
        }
        for (Report r : reports) {
            for (Finding f : r.findings()) {
                if (!f.ruleId().startsWith(WAIVER_RULES)) {
                    findings.add(f);
                } else if (aboutWaivers.add(f.ruleId() + "\u0000" + f.file() + "\u0000" + f.pointer())) {
                    AppliedWaiver a = waivers.get(f.file() + "#" + f.pointer().substring(f.pointer().lastIndexOf('/') + 1));
                    if (!(f.ruleId().equals("waiver.unused") && a != null && a.findingsWaived() > 0)) {
                        findings.add(f);
                    }
                }
            }
        }
        return of(sources, findings, reports.get(0).catalogueVersion(), reports.get(0).schemaVersion(),
                List.copyOf(waivers.values()));
    }

    /** The prefix of the rules about waivers themselves. */
    private static final String WAIVER_RULES = "waiver.";

    /**
     * Whether the sources are valid: no error that a waiver does not cover.
     *
     * @return true when valid
     */
    public boolean valid() {
        return findings.stream().noneMatch(Finding::isBlocking);
    }

    /**
     * The findings a waiver covers.
     *
     * @return the waived findings, in report order
     */
    public List<Finding> waived() {
        return findings.stream().filter(Finding::waived).toList();
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule id
     * @return its findings, in report order
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
