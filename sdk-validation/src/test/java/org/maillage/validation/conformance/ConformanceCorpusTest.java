package org.maillage.validation.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.Validator;
import org.maillage.validation.waiver.Waivers;
import tools.jackson.databind.JsonNode;

/**
 * The bundled conformance corpus, run through the {@link Validator} as {@code maillage validate}
 * runs it (the case's layers or every layer, the case's profile or the default one, the case's waivers, the input as a
 * file named as the kit names it), and its
 * coverage of the rule catalogue. The requirements table {@code docs/conformance.md} is generated
 * from both; regenerate it with {@link #REGENERATE}.
 */
class ConformanceCorpusTest {

    static final String REGENERATE = "mvn -q -pl sdk-validation -am test -Dtest=ConformanceCorpusTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.regenerateDocs=true";

    private static final ConformanceCorpus CORPUS = ConformanceCorpus.bundled();

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicTest> everyCase_givesTheExpectedVerdictAndExactlyTheExpectedFindings() {
        assertThat(CORPUS.cases()).hasSizeGreaterThan(100);
        return CORPUS.cases().stream().map(c -> DynamicTest.dynamicTest(c.id() + ": " + c.description(), () -> {
            Path dir = Files.createDirectories(work.resolve(Integer.toString(CORPUS.cases().indexOf(c))));
            Path input = Files.write(dir.resolve(c.fileName()), c.input());
            Report report = validator(c).validate(input);
            SortedSet<FindingKey> actual = new TreeSet<>();
            for (Finding f : report.findings()) {
                if (!f.waived()) {
                    actual.add(new FindingKey(f.ruleId(), f.pointer()));
                }
            }
            CaseResult result = CaseResult.compare(c, report.valid(), actual);
            assertThat(result.problem()).as("%s (%s, group: %s)%nreported: %s", c.id(), c.description(), c.group(),
                    report.findings().stream().map(f -> f.ruleId() + " " + f.pointer() + " " + f.message()).toList())
                    .isEmpty();
        }));
    }

    @Test
    void everyRuleOfTheCatalogue_hasATriggeringCaseAndANearMiss() {
        Requirements table = Requirements.of(RuleCatalogue.standard(), CORPUS);
        Map<String, String> uncovered = new TreeMap<>();
        for (Requirements.Row row : table.uncovered()) {
            uncovered.put(row.rule().ruleId(), (row.triggeredBy().isEmpty() ? "no case triggers it" : "")
                    + (row.triggeredBy().isEmpty() && row.nearMisses().isEmpty() ? ", " : "")
                    + (row.nearMisses().isEmpty() ? "no near miss (a case of a group whose \"rule\" is it, that does not trigger it)" : ""));
        }
        assertThat(uncovered).as("rules without corpus cases: add a group file schemas/conformance/<layer>/<rule id>.json"
                + " (rules whose id starts with rule. or waiver. may have theirs in schemas/conformance/rules/)").isEmpty();
        assertThat(table.rows()).as("every rule of the catalogue has its row").hasSize(RuleCatalogue.standard().rules().size());
    }

    @Test
    void everyExpectedFinding_namesARuleOfTheCatalogue_andEveryGroupItsRule() {
        Set<String> ids = new TreeSet<>();
        RuleCatalogue.standard().rules().forEach(r -> ids.add(r.id()));
        for (ConformanceCase c : CORPUS.cases()) {
            assertThat(c.ruleId()).as("%s: the group names the rule it is about", c.id()).isIn(ids);
            assertThat(c.id()).as("%s: a group file is named after its rule", c.id()).contains("/" + c.ruleId() + ".json#");
            c.findings().forEach(f -> assertThat(f.ruleId()).as("%s expects an unknown rule", c.id()).isIn(ids));
            assertThat(c.description()).as("%s says what it shows", c.id()).hasSizeGreaterThan(15);
        }
    }

    @Test
    void everyCorpusFile_isAGroupFileOrAnInputOfOne() throws IOException {
        Path root = sourceCorpus();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Set<Path> inputs = new TreeSet<>();
        List<Path> groups = new ArrayList<>();
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            if (rel.contains("/inputs/") || rel.equals("README.md")) {
                continue;
            }
            assertThat(rel).as("a group file is <folder>/<rule id>.json; inputs go in an inputs/ folder").matches("[a-z]+/[a-z0-9.-]+\\.json");
            JsonNode group = MaillageJson.mapper().readTree(Files.readAllBytes(f)); // fails on a group file that is not JSON
            assertThat(group.isObject() && group.has("tests")).as("%s is a group file", rel).isTrue();
            groups.add(f);
            for (JsonNode t : group.get("tests")) {
                if (t.hasNonNull("file")) {
                    Path in = f.resolveSibling(t.get("file").asString()).normalize();
                    assertThat(in).as("%s: input %s", rel, in).exists();
                    inputs.add(in);
                }
            }
        }
        for (Path f : files) {
            if (root.relativize(f).toString().replace('\\', '/').contains("/inputs/")) {
                assertThat(inputs).as("%s is the input of no case", root.relativize(f)).contains(f.normalize());
            }
        }
        assertThat(groups).as("the source folder and the bundled corpus hold the same cases").hasSize((int) CORPUS.cases().stream()
                .map(c -> c.id().substring(0, c.id().lastIndexOf('#'))).distinct().count());
    }

    @Test
    void requirementsTable_isUpToDate() throws IOException {
        String expected = Requirements.of(RuleCatalogue.standard(), CORPUS).markdown();
        Path doc = sourceCorpus().getParent().getParent().resolve("docs").resolve("conformance.md");
        if (Boolean.getBoolean("maillage.regenerateDocs")) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/conformance.md is missing; generate it with: " + REGENERATE).exists();
        assertThat(Files.readString(doc, StandardCharsets.UTF_8))
                .as("docs/conformance.md is stale; regenerate it with: " + REGENERATE).isEqualTo(expected);
    }

    /** A validator as {@code maillage validate [--profile NAME] [--waivers FILE] [--layers LIST]} makes it for a case. */
    static Validator validator(ConformanceCase c) {
        Validator.Builder b = Validator.builder().profile(c.profile() == null ? Validator.DEFAULT_PROFILE : c.profile());
        if (c.layers() != null) {
            b.layers(c.layers());
        }
        if (c.waivers() != null) {
            b.waivers(Waivers.read(new ByteArrayInputStream(c.waivers()), ConformanceCase.WAIVERS_FILE_NAME));
        }
        return b.build();
    }

    /** {@code schemas/conformance} in the source tree, from the module folder or the repository root. */
    private static Path sourceCorpus() {
        Path p = Path.of("..", "schemas", "conformance").toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : Path.of("schemas", "conformance").toAbsolutePath();
    }
}
