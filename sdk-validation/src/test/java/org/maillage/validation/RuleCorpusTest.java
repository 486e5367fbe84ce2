package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;
import org.maillage.json.MaillageJson;
import org.maillage.validation.conformance.ConformanceCase;
import org.maillage.validation.conformance.ConformanceCorpus;
import org.maillage.validation.conformance.FindingKey;
import org.maillage.validation.waiver.Waivers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code schemas/conformance/rules/<rule-id>.json} are made from {@link RuleCases} (the rules' pairs
 * and the waivers' pairs; regenerate on request) and pass when run through the validator with the
 * profile each group names and each case's waivers, at the system date (the waivers' expiry dates
 * are far from it).
 */
class RuleCorpusTest {

    static final String REGENERATE = "mvn -q -pl sdk-validation -am test -Dtest=RuleCorpusTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.regenerateCorpus=true";

    static Path folder() {
        return RepoFiles.root().resolve("schemas/conformance/rules");
    }

    /** One group file: a rule, the profile, a triggering case and a near miss, each with its waivers or none. */
    record Group(String ruleId, String profile, String trigger, RuleWorld triggering, String triggerWaivers,
            List<RuleCases.Expected> expected, String nearMissDescription, RuleWorld nearMiss, String nearMissWaivers) {}

    /** Every group file of the folder: the rule pairs, then the waiver pairs (under the default profile). */
    static List<Group> groups() {
        List<Group> out = new ArrayList<>();
        RuleCases.all().forEach(p -> out.add(new Group(p.ruleId(), p.profile(), p.trigger(), p.triggering(), null, p.expected(),
                p.nearMissDescription(), p.nearMiss(), null)));
        RuleCases.waivers().forEach(p -> out.add(new Group(p.ruleId(), RuleCases.DEFAULT, p.trigger(), p.triggering(),
                p.triggerWaivers(), p.expected(), p.nearMissDescription(), p.nearMiss(), p.nearMissWaivers())));
        return out;
    }

    static String group(Group p) {
        ObjectNode g = MaillageJson.mapper().createObjectNode();
        RuleDefinition d = RuleCatalogue.standard().rule(p.ruleId());
        g.put("description", p.ruleId() + ": " + d.source());
        g.put("rule", p.ruleId());
        g.put("profile", p.profile());
        ArrayNode tests = g.putArray("tests");
        ObjectNode t = tests.addObject();
        t.put("description", p.trigger());
        t.set("data", data(p.triggering()));
        waivers(t, p.triggerWaivers());
        t.put("valid", p.expected().stream().noneMatch(e -> RuleCatalogue.standard().rule(e.ruleId()).severity() == Severity.ERROR));
        ArrayNode fs = t.putArray("findings");
        p.expected().forEach(e -> fs.addObject().put("ruleId", e.ruleId()).put("pointer", e.pointer()));
        ObjectNode n = tests.addObject();
        n.put("description", "near miss: " + p.nearMissDescription());
        n.set("data", data(p.nearMiss()));
        waivers(n, p.nearMissWaivers());
        n.put("valid", true);
        n.putArray("findings");
        StringWriter w = new StringWriter();
        try (JsonGenerator gen = MaillageJson.mapper().writer().with(MaillageJson.canonicalPrettyPrinter()).createGenerator(w)) {
            gen.writeTree(g);
        }
        return w + "\n";
    }

    private static void waivers(ObjectNode test, String json) {
        if (json != null) {
            test.set("waivers", MaillageJson.mapper().readTree(json));
        }
    }

    private static JsonNode data(RuleWorld w) {
        return MaillageJson.mapper().readTree(DatasetWriter.canonical().writeString(w.dataset()));
    }

    @Test
    void corpusFiles_areUpToDate_withTheRuleCases() throws IOException {
        Path dir = folder();
        List<String> names = new ArrayList<>();
        if (Boolean.getBoolean("maillage.regenerateCorpus")) {
            Files.createDirectories(dir);
        }
        for (Group p : groups()) {
            String name = p.ruleId() + ".json";
            names.add(name);
            String expected = group(p);
            if (Boolean.getBoolean("maillage.regenerateCorpus")) {
                Files.writeString(dir.resolve(name), expected, StandardCharsets.UTF_8);
            }
            String stale = "schemas/conformance/rules/" + name + " is stale; regenerate with: " + REGENERATE;
            assertThat(dir.resolve(name)).as(stale).exists();
            assertThat(Files.readString(dir.resolve(name), StandardCharsets.UTF_8)).as(stale).isEqualTo(expected);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("files made by no rule case")
                    .containsExactlyElementsOf(names.stream().sorted().toList());
        }
    }

    @Test
    void corpusFiles_passWhenRunThroughTheValidator_withTheirGroupsProfile() throws IOException {
        ConformanceCorpus corpus = ConformanceCorpus.load(folder());
        assertThat(corpus.cases()).hasSize(2 * groups().size());
        for (ConformanceCase c : corpus.cases()) {
            String file = c.id().substring(0, c.id().indexOf('#'));
            String profile = MaillageJson.mapper().readTree(folder().resolve(file).toFile()).get("profile").stringValue();
            assertThat(c.profile()).as("the corpus reads the group's profile").isEqualTo(profile);
            Validator.Builder b = Validator.builder().profile(profile).parallelism(1);
            if (c.waivers() != null) {
                b.waivers(Waivers.read(new ByteArrayInputStream(c.waivers()), ConformanceCase.WAIVERS_FILE_NAME));
            }
            Report r = b.build().validate(new ByteArrayInputStream(c.input()), DatasetFormat.JSON, c.fileName());
            TreeSet<FindingKey> actual = new TreeSet<>();
            r.findings().stream().filter(f -> !f.waived()).forEach(f -> actual.add(new FindingKey(f.ruleId(), f.pointer())));
            assertThat(actual).as(c.toString()).isEqualTo(c.expected());
            assertThat(r.valid()).as(c.toString()).isEqualTo(c.valid());
        }
    }
}
