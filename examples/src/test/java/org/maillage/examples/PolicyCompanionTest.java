package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetWriter;
import org.maillage.imports.testkit.CogCache;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportWriter;
import org.maillage.validation.spi.RulePack;

/**
 * The companion of the Corse-du-Sud sample: equal to a fresh build, every rule of the local-health
 * pack reported exactly once and nothing else, and its French report pinned in
 * {@code src/test/resources/corse-du-sud-policy.fr.txt}.
 */
class PolicyCompanionTest {

    static final Path SAMPLE = Path.of("data", "corse-du-sud-policy.json");
    static final Path REPORT = Path.of("src", "test", "resources", "corse-du-sud-policy.fr.txt");

    private static final String REGENERATE = "is stale; regenerate it from the repository root with 'mvn -q -pl examples -am test "
            + "-Dtest=PolicyCompanionTest -Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.sample.write=true'";

    private static Validator validator() {
        return Validator.builder().profile("local-health").parallelism(1)
                .clock(Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC)).build();
    }

    @Test
    void companion_equalsAFreshBuildFromTheCog2026() throws IOException {
        Path cog = CogCache.dataDir("6.0.0");
        String fresh = DatasetWriter.canonical().writeString(BuildPolicyCompanion.build(BuildCorseDuSudSample.build(cog)));
        if (Boolean.getBoolean("maillage.sample.write")) {
            Files.writeString(SAMPLE, fresh, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).as("examples/data/corse-du-sud-policy.json " + REGENERATE)
                .isEqualTo(fresh);
    }

    @Test
    void companion_firesEveryPolicyRuleExactlyOnce_andNoOtherRule() {
        Validator validator = validator();
        TreeSet<String> policy = new TreeSet<>();
        for (RulePack pack : validator.rulePacks()) {
            if (pack.name().equals("local-health")) {
                pack.rules().forEach(r -> policy.add(r.id()));
            }
        }
        Report report = validator.validate(SAMPLE);
        Map<String, Long> fired = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertThat(policy).hasSizeGreaterThanOrEqualTo(29);
        assertThat(fired.keySet()).isEqualTo(policy);
        assertThat(fired.values()).containsOnly(1L);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void companion_reportInFrench_isPinned() throws IOException {
        StringWriter out = new StringWriter();
        ReportWriter.write(validator().validate(SAMPLE), ReportFormat.TEXT, Language.FR, out);
        if (Boolean.getBoolean("maillage.sample.write")) {
            Files.writeString(REPORT, out.toString(), StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).as("examples/src/test/resources/corse-du-sud-policy.fr.txt " + REGENERATE)
                .isEqualTo(Files.readString(REPORT, StandardCharsets.UTF_8));
    }
}
