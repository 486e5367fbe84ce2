package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.testkit.SeedCorpus;
import org.maillage.core.testkit.SeedCorpus.Seed;
import org.maillage.json.DatasetFormat;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportWriter;

/**
 * Any bytes given to the validator, as JSON or NDJSON, give a report: never an exception. Every
 * finding names a rule of the catalogue and says where (a JSON Pointer, a line and column that are
 * not negative, the source), in English and in French, and the report renders as JSON and as text.
 */
class ValidatorFuzzTest {

    private static final Validator VALIDATOR = Validator.builder().profile("local-health").parallelism(1).build();
    private static final String SOURCE = "fuzz-input";

    /** The inputs of every conformance case and the samples. */
    static List<Seed> seedCorpus() {
        List<Seed> seeds = new ArrayList<>(SeedCorpus.conformanceInputs());
        seeds.addAll(SeedCorpus.samples());
        return seeds;
    }

    @Test
    void everySeed_givesAReportWhoseFindingsAreLocatedRulesOfTheCatalogue() {
        int invalid = 0;
        for (Seed s : seedCorpus()) {
            try {
                invalid += validate(s.bytes(), s.name().endsWith(".ndjson") ? DatasetFormat.NDJSON : DatasetFormat.JSON).valid() ? 0 : 1;
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + s.name() + ": " + e, e);
            }
        }
        assertThat(invalid).as("seeds found invalid").isGreaterThan(100);
    }

    @FuzzTest
    void validateJson_givesALocatedReport(byte[] input) {
        validate(input, DatasetFormat.JSON);
    }

    @FuzzTest
    void validateNdjson_givesALocatedReport(byte[] input) {
        validate(input, DatasetFormat.NDJSON);
    }

    static Report validate(byte[] input, DatasetFormat format) {
        Report report = VALIDATOR.validate(new ByteArrayInputStream(input), format, SOURCE);
        RuleCatalogue catalogue = VALIDATOR.catalogue();
        for (Finding f : report.findings()) {
            assertThat(catalogue.contains(f.ruleId())).as("%s is a rule of the catalogue", f.ruleId()).isTrue();
            assertThat(f.pointer()).as("pointer of %s", f.ruleId()).matches("^(/([^~/]|~[01])*)*$");
            assertThat(f.line()).as("line of %s", f.ruleId()).isNotNegative();
            assertThat(f.column()).as("column of %s", f.ruleId()).isNotNegative();
            assertThat(f.file()).isEqualTo(SOURCE);
            assertThat(f.message()).as("message of %s", f.ruleId()).isNotBlank();
            assertThat(f.messageFr()).as("French message of %s", f.ruleId()).isNotBlank();
        }
        assertThat(report.errors() + report.warnings() + report.infos()).isEqualTo(report.findings().size() - report.waived().size());
        for (ReportFormat format2 : List.of(ReportFormat.JSON, ReportFormat.TEXT)) {
            StringWriter out = new StringWriter();
            ReportWriter.write(report, format2, Language.FR, out);
            assertThat(out.toString()).isNotEmpty();
        }
        return report;
    }
}
