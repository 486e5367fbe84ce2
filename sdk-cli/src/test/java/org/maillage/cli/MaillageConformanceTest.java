package org.maillage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.conformance.ConformanceResult;
import org.maillage.validation.conformance.ConformanceRunner;

/**
 * The conformance kit with Maillage itself as the implementation: {@code maillage validate
 * --format json} in a JVM of its own per case, on the sample and its broken twin.
 */
class MaillageConformanceTest {

    @TempDir
    Path dir;

    static List<String> maillageValidateJson() {
        // A JVM per case: C1 only and the serial collector suit a few hundred short jobs on a 2-core machine;
        // the C2 compiler would spend more time than the cases.
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "validate", "--format", "json");
    }

    @Test
    void conformanceKit_scores100_withMaillageAsTheImplementation() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus/inputs"));
        Files.copy(Path.of("../examples/data/ariege.json"), corpus.resolve("ariege.json"));
        Files.copy(Path.of("../examples/data/ariege-broken.json"), corpus.resolve("ariege-broken.json"));
        Files.writeString(dir.resolve("corpus/samples.json"), """
                {"description": "the Ariège sample and its broken twin", "tests": [
                  {"description": "the sample is valid", "file": "inputs/ariege.json", "valid": true, "findings": []},
                  {"description": "the broken twin has one error per layer kind", "file": "inputs/ariege-broken.json",
                   "valid": false, "findings": [
                     {"ruleId": "ref.unknown", "pointer": "/territories/2/parents/0/territory"},
                     {"ruleId": "constraint.siren", "pointer": "/territories/3/identifiers/1/value"},
                     {"ruleId": "schema.range", "pointer": "/territories/4/population/0/year"},
                     {"ruleId": "schema.additional-property", "pointer": "/territories/5/mayor"}]},
                  {"description": "an envelope without its required members", "data": {"schemaVersion": "1.0.0"}, "valid": false,
                   "findings": [{"ruleId": "schema.required", "pointer": ""}]}]}
                """);
        ConformanceResult result = ConformanceRunner.of(maillageValidateJson()).withJobs(2)
                .run(ConformanceCorpus.load(dir.resolve("corpus")));
        assertThat(result.results()).allSatisfy(r -> assertThat(r.problem()).as(r.testCase().toString()).isEmpty());
        assertThat(result.table()).contains("Score: 3/3 cases (100.0%)");
    }

    @Test
    void conformanceKit_scores100_onTheBundledCorpus_withMaillageAsTheImplementation() throws IOException {
        Assumptions.assumeTrue(getClass().getClassLoader().getResource(ConformanceCorpus.BUNDLED) != null,
                "the conformance corpus is not bundled in maillage-schemas yet (schemas/conformance/)");
        ConformanceResult result = ConformanceRunner.of(maillageValidateJson()).withJobs(2).run(ConformanceCorpus.bundled());
        assertThat(result.results()).isNotEmpty();
        assertThat(result.results()).allSatisfy(r -> assertThat(r.problem()).as(r.testCase().toString()).isEmpty());
    }
}
