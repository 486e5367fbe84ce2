package org.maillage.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.maillage.json.DatasetFormat;
import org.maillage.json.MaillageJson;
import org.maillage.validation.Finding;
import org.maillage.validation.Language;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.Severity;
import org.maillage.validation.Validator;
import org.maillage.validation.internal.html.ReportAssets;
import org.maillage.validation.waiver.Waivers;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

class ReportFormatsTest {

    private static final Validator VALIDATOR = Validator.builder().parallelism(1).build();
    private static final String SARIF_BASE = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/";

    /** The broken twin of the small sample: one error per layer kind, and a warning. */
    static Report broken() {
        try (InputStream in = ReportFormatsTest.class.getResourceAsStream("broken.json")) {
            return VALIDATOR.validate(new ByteArrayInputStream(in.readAllBytes()), DatasetFormat.JSON, "broken.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReportSettings settings(Language lang) {
        return ReportSettings.of(lang).withCatalogue(VALIDATOR.catalogue()).withToolVersion("0.0.0-test")
                .withBaseDirectory(Path.of("/work/project"));
    }

    static String render(Report r, ReportFormat format, ReportSettings settings) {
        StringWriter w = new StringWriter();
        ReportWriter.write(r, format, settings, w);
        return w.toString();
    }

    /** A finding with every text member set to the same value. */
    static Finding finding(String rule, Severity severity, String text, String entity, String file, boolean waived) {
        return new Finding(rule, severity, Priority.MANDATORY, Layer.REFERENCES, text, text, "/territories/0/" + text,
                3, 7, entity, text, text, text, file, waived, waived ? text : null);
    }

    /** The broken sample plus a waived error and findings whose every text is hostile. */
    static Report hostile() {
        String evil = "<script>alert(\"x\")</script> ' & ]]> ${7*7} #{1} \u0001 \uD800 é";
        List<Finding> fs = new ArrayList<>(broken().findings());
        fs.add(finding("ref.unknown", Severity.ERROR, evil, evil, "broken.json", true));
        fs.add(finding("rule.commune-in-epci", Severity.WARNING, evil, null, "broken.json", false));
        fs.add(finding("ref.unknown", Severity.ERROR, evil, evil, "dir/\"><img src=x onerror=alert(1)>.json", false));
        return Report.of(List.of("broken.json", "dir/\"><img src=x onerror=alert(1)>.json"), fs,
                RuleCatalogue.standard().version(), "1.0");
    }

    @Test
    void everyFormat_matchesItsGoldenFile_inBothLanguages_andIsTheSameBytesTwice() {
        Report r = broken();
        assertThat(r.valid()).isFalse();
        for (ReportFormat format : ReportFormat.values()) {
            for (Language lang : Language.values()) {
                String out = render(r, format, settings(lang));
                assertThat(render(broken(), format, settings(lang))).isEqualTo(out);
                Golden.check(ReportFormatsTest.class, "broken." + lang.code() + "." + extension(format), out, "sdk-validation");
            }
        }
    }

    @Test
    void writeProblems_keepsTheUnwaivedErrorsAndWarnings_only_withoutSummary() {
        List<Finding> fs = List.of(
                finding("ref.unknown", Severity.ERROR, "e1", "commune:09001", "a.json", false),
                finding("ref.unknown", Severity.ERROR, "e2", "commune:09002", "a.json", true),
                finding("rule.cls-coverage", Severity.INFO, "i1", null, "a.json", false),
                finding("rule.commune-in-epci", Severity.WARNING, "w1", "commune:09003", "b.json", false),
                finding("rule.cls-coverage", Severity.INFO, "i2", null, "c.json", false));
        Report r = Report.of(List.of("a.json", "b.json", "c.json", "d.json"), fs, RuleCatalogue.standard().version(), "1.0");
        StringWriter fr = new StringWriter();
        ReportWriter.writeProblems(r, Language.FR, fr);
        assertThat(fr.toString()).isEqualTo("""
                a.json
                  entité commune:09001
                    3:7  ERREUR  ref.unknown  /territories/0/e1
                      e1
                      Correction : e1
                b.json
                  entité commune:09003
                    3:7  AVERTISSEMENT  rule.commune-in-epci  /territories/0/w1
                      w1
                      Correction : w1
                """);

        StringWriter none = new StringWriter();
        ReportWriter.writeProblems(Report.of(List.of("c.json"), List.of(fs.get(4)), "1.0.0", "1.0"), Language.EN, none);
        assertThat(none.toString()).isEmpty();
    }

    static String extension(ReportFormat f) {
        return switch (f) {
            case TEXT -> "txt";
            case JSON -> "json";
            case SARIF -> "sarif";
            case JUNIT -> "junit.xml";
            case HTML -> "html";
        };
    }

    // ---- SARIF ---------------------------------------------------------------------------------

    static Schema sarifSchema() {
        // The OASIS schema is draft-04 and names itself by its "id": that IRI is mapped to the copy in
        // the test resources, so nothing is fetched.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemaIdResolvers(x -> x.mapPrefix(SARIF_BASE, "classpath:sarif/"))
                        .schemaLoader(l -> l.block(iri -> !iri.toString().startsWith(SARIF_BASE)
                                && !iri.toString().startsWith("classpath:") && !iri.toString().startsWith("http://json-schema.org/"))));
        return registry.getSchema(SchemaLocation.of(SARIF_BASE + "sarif-schema-2.1.0.json"));
    }

    @Test
    void sarif_conformsToTheOasisSchema_forTheSampleAndForHostileFindings() {
        Schema schema = sarifSchema();
        for (Report r : List.of(broken(), hostile())) {
            for (Language lang : Language.values()) {
                String out = render(r, ReportFormat.SARIF, settings(lang));
                List<Error> errors = schema.validate(MaillageJson.mapper().readTree(out));
                assertThat(errors).as(lang + "\n" + out).isEmpty();
            }
        }
        // the schema is really applied: a level SARIF does not know is refused
        String bad = render(broken(), ReportFormat.SARIF, settings(Language.EN)).replace("\"level\": \"warning\"", "\"level\": \"fatal\"");
        assertThat(schema.validate(MaillageJson.mapper().readTree(bad))).isNotEmpty();
    }

    @Test
    void sarif_hasRulesFromTheCatalogue_resultsWithLocations_andWaiversAsSuppressions() {
        JsonNode run = MaillageJson.mapper().readTree(render(hostile(), ReportFormat.SARIF, settings(Language.EN)))
                .get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").stringValue()).isEqualTo("maillage");
        assertThat(driver.get("version").stringValue()).isEqualTo("0.0.0-test");
        assertThat(driver.get("rules").size()).isEqualTo(VALIDATOR.catalogue().rules().size());
        JsonNode rule = driver.get("rules").get(run.get("results").get(0).get("ruleIndex").intValue());
        assertThat(rule.get("id").stringValue()).isEqualTo(run.get("results").get(0).get("ruleId").stringValue());
        assertThat(rule.get("helpUri").stringValue()).endsWith("/docs/rules.md#" + rule.get("id").stringValue());
        assertThat(rule.get("properties").has("shortDescriptionFr")).isTrue();
        int suppressed = 0;
        for (JsonNode res : run.get("results")) {
            if (res.has("suppressions")) {
                suppressed++;
                assertThat(res.get("suppressions").get(0).get("justification").stringValue()).startsWith("<script>");
            }
        }
        assertThat(suppressed).isEqualTo(1);
        JsonNode unknown = null;
        for (JsonNode res : MaillageJson.mapper().readTree(render(broken(), ReportFormat.SARIF, settings(Language.EN)))
                .get("runs").get(0).get("results")) {
            if (res.get("ruleId").stringValue().equals("ref.unknown")) {
                unknown = res;
            }
        }
        assertThat(unknown).isNotNull();
        JsonNode loc = unknown.get("locations").get(0);
        assertThat(loc.get("physicalLocation").get("artifactLocation").get("uri").stringValue()).isEqualTo("broken.json");
        assertThat(loc.get("physicalLocation").get("region").get("startLine").intValue()).isEqualTo(5);
        assertThat(loc.get("logicalLocations").get(0).get("name").stringValue()).isEqualTo("departement:09");
        assertThat(unknown.get("properties").get("pointer").stringValue()).isEqualTo("/territories/0/parents/0/territory");
        assertThat(unknown.get("level").stringValue()).isEqualTo("error");
    }

    @Test
    void sarif_fingerprintIgnoresTheEntityPosition_andUrisAreRelativeToTheBase() {
        Finding a = finding("ref.unknown", Severity.ERROR, "x", "commune:1", "f.json", false);
        Finding moved = new Finding(a.ruleId(), a.severity(), a.priority(), a.layer(), a.message(), a.messageFr(),
                "/territories/12/x", 40, 2, a.entityId(), a.hint(), a.hintFr(), a.source(), a.file(), false, null);
        assertThat(SarifWriter.fingerprint(moved)).isEqualTo(SarifWriter.fingerprint(a));
        assertThat(SarifWriter.fingerprint(finding("ref.wrong-kind", Severity.ERROR, "x", "commune:1", "f.json", false)))
                .isNotEqualTo(SarifWriter.fingerprint(a));
        Path base = Path.of("/work/project");
        assertThat(SarifWriter.uri("/work/project/data/a b.json", base)).isEqualTo("data/a%20b.json");
        assertThat(SarifWriter.uri("data/é.json", base)).isEqualTo("data/%C3%A9.json");
        assertThat(SarifWriter.uri("/elsewhere/x.json", base)).isEqualTo("../../elsewhere/x.json");
        assertThat(SarifWriter.uri("dataset:test-09", base)).isEqualTo("./dataset:test-09");
    }

    /** Waives the broken twin's unknown reference and holds a waiver that has expired. */
    static final String ARIEGE_WAIVERS = """
            {"waivers": [
              {"ruleId": "ref.unknown", "entityId": "commune:09001", "justification": "La région est livrée à part.",
               "expires": "2099-12-31"},
              {"ruleId": "rule.commune-in-epci", "entityId": "commune:09002", "justification": "Dérogation échue.",
               "expires": "2000-01-01"}]}
            """;

    @Test
    void ariegeSampleAndItsBrokenTwin_giveEveryFormat_sarifAndJunitAcceptedByTheirConsumersSchemas() throws Exception {
        Schema schema = sarifSchema();
        javax.xml.validation.Schema junitSchema = junitSchema();
        Validator waived = Validator.builder().waivers(Waivers.read(
                new ByteArrayInputStream(ARIEGE_WAIVERS.getBytes(StandardCharsets.UTF_8)), "waivers.json")).build();
        for (Validator v : List.of(Validator.builder().build(), waived)) {
            for (String name : new String[] {"ariege.json", "ariege-broken.json"}) {
                Path file = Path.of("..", "examples", "data", name);
                Report r = v.validate(file);
                assertThat(r.valid()).as(name).isEqualTo(name.equals("ariege.json"));
                if (v == waived) {
                    assertThat(r.findings()).as(name).anyMatch(f -> f.ruleId().equals("waiver.expired"));
                    assertThat(r.findings().stream().filter(Finding::waived).count()).as(name)
                            .isEqualTo(name.equals("ariege.json") ? 0 : 1);
                }
                for (Language lang : Language.values()) {
                    ReportSettings settings = settings(lang).withBaseDirectory(Path.of("").toAbsolutePath());
                    for (ReportFormat format : ReportFormat.values()) {
                        assertThat(render(r, format, settings)).as(name + " " + format).isNotEmpty();
                    }
                    assertThat(schema.validate(MaillageJson.mapper().readTree(render(r, ReportFormat.SARIF, settings)))).isEmpty();
                    String junit = render(r, ReportFormat.JUNIT, settings);
                    assertAccepted(junitSchema, junit, name + " " + lang);
                    assertThat(parseXml(junit).getElementsByTagName("failure").getLength()).as(name).isEqualTo(r.valid() ? 0
                            : (int) r.findings().stream().filter(Finding::isBlocking).map(Finding::ruleId).distinct().count());
                }
            }
        }
    }

    // ---- JUnit ---------------------------------------------------------------------------------

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The schema of Apache Maven Surefire's test reports, the JUnit XML most CI servers read, from
     * the test resources (see {@code xsd/README.md}); nothing is fetched.
     */
    static javax.xml.validation.Schema junitSchema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newSchema(new StreamSource(ReportFormatsTest.class.getResourceAsStream("/xsd/surefire-test-report-3.0.xsd"),
                "surefire-test-report-3.0.xsd"));
    }

    /** Fails with the schema's message when the XML is not valid against the schema. */
    static void assertAccepted(javax.xml.validation.Schema schema, String xml, String what) throws IOException {
        javax.xml.validation.Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError(what + ": not accepted by the Surefire schema: " + e.getMessage() + "\n" + xml, e);
        }
    }

    @Test
    void junit_isAcceptedBySurefiresSchema_forTheBrokenSampleAndHostileFindings_inBothLanguages() throws Exception {
        javax.xml.validation.Schema schema = junitSchema();
        for (Report r : List.of(broken(), hostile())) {
            for (Language lang : Language.values()) {
                assertAccepted(schema, render(r, ReportFormat.JUNIT, settings(lang)), lang.code());
            }
        }
        // the schema is really applied: a test case without its time, or a second suite, is refused
        String ok = render(broken(), ReportFormat.JUNIT, settings(Language.EN));
        for (String bad : List.of(ok.replaceFirst(" time=\"0\"", ""),
                "<testsuites>" + ok.substring(ok.indexOf("<testsuite ")) + "</testsuites>")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAccepted(schema, bad, "bad"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("not accepted");
        }
    }

    @Test
    void junit_isOneSuite_withOneCasePerFileAndRule_andCountsThatAgree() throws Exception {
        Report r = hostile();
        for (Language lang : Language.values()) {
            Document doc = parseXml(render(r, ReportFormat.JUNIT, settings(lang)));
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("testsuite");
            NodeList cases = root.getElementsByTagName("testcase");
            int rules = VALIDATOR.catalogue().rules().size();
            assertThat(cases.getLength()).isEqualTo(r.sources().size() * rules);
            int failures = 0;
            for (int j = 0; j < cases.getLength(); j++) {
                Element c = (Element) cases.item(j);
                assertThat(c.getAttribute("classname")).isEqualTo(r.sources().get(j / rules));
                assertThat(c.getAttribute("name")).isEqualTo(VALIDATOR.catalogue().rules().get(j % rules).id());
                assertThat(c.getAttribute("time")).isEqualTo("0");
                failures += c.getElementsByTagName("failure").getLength() > 0 ? 1 : 0;
            }
            assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.getLength());
            assertThat(Integer.parseInt(root.getAttribute("failures"))).isEqualTo(failures);
            assertThat(failures).isGreaterThan(0);
            // the hostile text comes back as text, the characters XML cannot carry replaced
            assertThat(root.getTextContent()).contains("<script>alert(\"x\")</script> ' & ]]> ${7*7} #{1} \uFFFD \uFFFD é");
        }
    }

    @Test
    void junit_warningsAndWaivedErrorsDoNotFail_butAreListedInSystemOut() throws Exception {
        Report r = Report.of(List.of("f.json"), List.of(
                finding("ref.unknown", Severity.ERROR, "waived one", "a:1", "f.json", true),
                finding("rule.commune-in-epci", Severity.WARNING, "just a warning", "a:2", "f.json", false)),
                "1.0.0", "1.0");
        Document doc = parseXml(render(r, ReportFormat.JUNIT, settings(Language.EN)));
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        NodeList outs = doc.getElementsByTagName("system-out");
        assertThat(outs.getLength()).isEqualTo(2);
        assertThat(outs.item(0).getTextContent()).contains("waived: waived one");
        assertThat(outs.item(1).getTextContent()).contains("WARNING").contains("just a warning");
    }

    // ---- HTML ----------------------------------------------------------------------------------

    @Test
    void html_escapesEveryPieceOfData_andLoadsNothing() {
        for (Language lang : Language.values()) {
            String html = render(hostile(), ReportFormat.HTML, settings(lang));
            // the one script is the report's own, allowed by its hash; nothing else runs or loads
            assertThat(html.split("<script", -1)).hasSize(2);
            assertThat(html).contains("<script>" + ReportAssets.JS + "</script>")
                    .doesNotContain("<img").doesNotContain("\u0001")
                    .doesNotContainPattern("<[^>]*\\s(src|on[a-z]+)=").doesNotContainPattern("href=\"[^#]")
                    .doesNotContain("url(").doesNotContain("@import")
                    .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39; &amp; ]]&gt; ${7*7} #{1}")
                    .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.json")
                    .contains("<html lang=\"" + lang.code() + "\">")
                    .contains("default-src 'none'; style-src " + ReportAssets.hash(ReportAssets.CSS) + "; script-src "
                            + ReportAssets.hash(ReportAssets.JS) + ";");
            assertThat(html.indexOf("<style>")).isEqualTo(html.lastIndexOf("<style>"));
        }
    }

    @Test
    void html_groupsByFileAndEntity_withSeverityClasses_inTheChosenLanguage() {
        String fr = render(broken(), ReportFormat.HTML, settings(Language.FR));
        assertThat(fr).contains("<h2>broken.json</h2>").contains("Entité <code>commune:25001</code>")
                .contains("<tr class=\"error\" id=\"x-ref.unknown\" data-r=\"ref.unknown\"><td class=\"pos\">5:5</td><td class=\"sv\">ERREUR</td>")
                .contains("<td class=\"sv\">AVERTISSEMENT</td>").contains("INVALIDE").contains("<h2 id=\"toc-h\">Sommaire</h2>")
                .contains("<option value=\"references\">références</option>");
        String en = render(broken(), ReportFormat.HTML, settings(Language.EN));
        assertThat(en).contains("Entity <code>commune:25001</code>").contains("INVALID").doesNotContain("INVALIDE")
                .contains("<h2 id=\"toc-h\">Contents</h2>");
    }

    @Test
    void html_saysEachRuleHintOnce_andLinksItsCountToTheFirstFinding() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fs.add(new Finding("schema.range", Severity.ERROR, Priority.MANDATORY, Layer.SCHEMA, "must be at least 1800",
                    "doit valoir au moins 1800", "/territories/" + i + "/population/0/year", 10 + i, 19, "commune:0900" + i,
                    "Keep the value within the bounds.", "Gardez la valeur dans les bornes.", "JSON Schema", "f.json", false, null,
                    String.valueOf(1700 + i), null));
        }
        String html = render(Report.of(List.of("f.json"), fs, "2.0.0", "1.0"), ReportFormat.HTML, settings(Language.FR));
        assertThat(html.split("Gardez la valeur dans les bornes", -1)).hasSize(2);
        assertThat(html).contains("<td class=\"n\" data-label=\"Constats : \"><a href=\"#x-schema.range\" data-only=\"schema.range\""
                        + " aria-label=\"50 constats de la règle schema.range\">50</a>")
                .contains("id=\"x-schema.range\" data-r=\"schema.range\"><td class=\"pos\">10:19</td>")
                .contains("doit valoir au moins 1800<span class=\"val\">Valeur : <code>1700</code></span>")
                .contains("doit valoir au moins 1800<span class=\"val\">Valeur : <code>1749</code></span>");
        assertThat(html.split("id=\"x-schema.range\"", -1)).hasSize(2);
    }

    @Test
    void html_showsAValueOnlyWhenTheMessageDoesNotAlreadySayIt_andAHintOnlyWhereItDiffersFromTheRules() {
        Finding quoted = new Finding("constraint.siren", Severity.ERROR, Priority.MANDATORY, Layer.CONSTRAINTS,
                "'210900024' is not a valid SIREN", "« 210900024 » n'est pas un numéro SIREN valide", "/territories/0/identifiers/0/value",
                3, 7, "commune:09001", "Copy it from SIRENE.", "Recopiez-le depuis SIRENE.", "INSEE", "f.json", false, null,
                "210900024", null);
        Finding other = new Finding("constraint.siren", Severity.ERROR, Priority.MANDATORY, Layer.CONSTRAINTS, "x", "x",
                "/territories/1/identifiers/0/value", 4, 7, "commune:09002", "Another hint.", "Une autre correction.", "INSEE",
                "f.json", false, null, null, null);
        String html = render(Report.of(List.of("f.json"), List.of(quoted, other), "2.0.0", "1.0"), ReportFormat.HTML,
                settings(Language.FR));
        assertThat(html).doesNotContain("Valeur : <code>210900024</code>")
                .contains("x<span class=\"val hint\">Correction : Une autre correction.</span>");
    }

    @Test
    void html_namesEntitiesWhenTheFindingsCarryTheirNames() {
        Finding f = new Finding("ref.unknown", Severity.ERROR, Priority.MANDATORY, Layer.REFERENCES, "m", "m", "/organizations/0",
                3, 7, "org:finess-ej-2a0000014", "h", "h", "s", "f.json", false, null, null, "Centre hospitalier d'Ajaccio");
        String html = render(Report.of(List.of("f.json"), List.of(f), "2.0.0", "1.0"), ReportFormat.HTML, settings(Language.FR));
        assertThat(html).contains("Entité Centre hospitalier d&#39;Ajaccio (<code>org:finess-ej-2a0000014</code>)")
                .contains("<a href=\"#e0\">Centre hospitalier d&#39;Ajaccio <code>org:finess-ej-2a0000014</code></a> (1)");
    }

    @Test
    void html_listsEntitiesInTheContents_onlyWhileTheyAreFewEnoughToRead() {
        List<Finding> fs = new ArrayList<>();
        for (int i = 0; i <= HtmlWriter.TOC_ENTITIES; i++) {
            fs.add(finding("ref.unknown", Severity.ERROR, "m", "e:" + i, "f.json", false));
        }
        String html = render(Report.of(List.of("f.json"), fs, "2.0.0", "1.0"), ReportFormat.HTML, settings(Language.EN));
        assertThat(html).contains("<a href=\"#f0\">f.json</a> (101 findings, 101 entities)</li>")
                .doesNotContain("<a href=\"#e0\">").contains("<tbody class=\"g\" id=\"e100\">");
    }
}
