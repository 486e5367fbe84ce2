package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.InvalidDataException;
import org.maillage.json.MaillageJson;
import org.maillage.validation.report.ReportFormat;
import org.maillage.validation.report.ReportWriter;
import org.maillage.validation.waiver.Waivers;

class WaiversTest {

    private static final RuleCases.Pair SIGNATORIES = RuleCases.all().get(0);
    private static final Clock JAN_2026 = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    private static Report validate(Waivers waivers, Clock clock) {
        return Validator.builder().parallelism(1).clock(clock).waivers(waivers).build()
                .validate(SIGNATORIES.triggering().dataset());
    }

    private static Waivers read(String json) {
        return Waivers.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "waivers.json");
    }

    private static final String SCOPED = """
            {"waivers": [
              {"ruleId": "rule.cls-signatories", "entityId": "cls-haute-ariege", "pointer": "/contracts/0",
               "justification": "La communauté de communes signe par avenant n° 2, délibération du 12 février 2026.",
               "expires": "2026-06-30", "author": "ARS Occitanie, DD 09"}]}
            """;

    @Test
    void read_anUnknownMemberWithTildeOrSlash_isNamedByAnEscapedPointer() {
        // found by scripts/fuzz.sh: the pointer said "/wai~ers", which is no JSON Pointer
        for (String[] c : new String[][] {{"wai~ers", "/wai~0ers"}, {"a/b", "/a~1b"}}) {
            String json = "{\"" + c[0] + "\": []}";
            assertThatThrownBy(() -> Waivers.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "w.json"))
                    .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.pointer()).isEqualTo(c[1]));
        }
    }

    @Test
    void waivedFinding_staysInTheReport_markedWithItsJustification_andDoesNotMakeItInvalid() {
        Report bare = validate(Waivers.none(), JAN_2026);
        assertThat(bare.valid()).isFalse();
        Report r = validate(read(SCOPED), JAN_2026);
        assertThat(r.valid()).isTrue();
        Finding f = r.findings("rule.cls-signatories").get(0);
        assertThat(f.waived()).isTrue();
        assertThat(f.waiverJustification()).startsWith("La communauté de communes signe par avenant");
        assertThat(r.waived()).containsExactly(f);
        assertThat(r.errors()).isEqualTo(1);
        assertThat(r.waivers()).singleElement().satisfies(a -> {
            assertThat(a.waiver().expires()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(a.waiver().scope()).isEqualTo("cls-haute-ariege /contracts/0");
            assertThat(a.findingsWaived()).isEqualTo(1);
            assertThat(a.source()).isEqualTo("waivers.json");
        });
    }

    @Test
    void expiredWaiver_isAFinding_andWaivesNothing_atTheInjectedDate() {
        Clock july = Clock.fixed(Instant.parse("2026-07-01T08:00:00Z"), ZoneOffset.UTC);
        Report r = validate(read(SCOPED), july);
        assertThat(r.valid()).isFalse();
        assertThat(r.findings("rule.cls-signatories").get(0).waived()).isFalse();
        Finding f = r.findings("waiver.expired").get(0);
        assertThat(f.file()).isEqualTo("waivers.json");
        assertThat(f.pointer()).isEqualTo("/waivers/0");
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message()).isEqualTo("the waiver of rule 'rule.cls-signatories' for cls-haute-ariege /contracts/0 "
                + "expired on 2026-06-30 (validation date 2026-07-01): it waives nothing");
        assertThat(r.waivers()).isEmpty();
        assertThat(validate(read(SCOPED), Clock.fixed(Instant.parse("2026-06-30T23:00:00Z"), ZoneOffset.UTC)).valid())
                .as("the expiry date is the last day the waiver applies").isTrue();
    }

    @Test
    void unscopedWaiver_isAFinding_andWaivesNothing() {
        Report r = validate(read("""
                {"waivers": [{"ruleId": "rule.cls-signatories", "justification": "Tous les CLS de la région.",
                  "expires": "2027-01-01"}]}"""), JAN_2026);
        assertThat(r.valid()).isFalse();
        assertThat(r.findings("waiver.unscoped")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.priority()).isEqualTo(Priority.RECOMMENDED);
        });
        assertThat(r.waived()).isEmpty();
    }

    @Test
    void unusedWaiver_isAnInfo_andAPointerScopeCoversOnlyWhatLiesUnderIt() {
        Report r = validate(read("""
                {"waivers": [{"ruleId": "rule.cls-signatories", "pointer": "/contracts/1",
                  "justification": "Autre contrat.", "expires": "2027-01-01"}]}"""), JAN_2026);
        assertThat(r.findings("rule.cls-signatories").get(0).waived()).isFalse();
        assertThat(r.findings("waiver.unused")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        Report under = validate(read("""
                {"waivers": [{"ruleId": "rule.cls-signatories", "pointer": "/contracts",
                  "justification": "Tous les contrats du fichier.", "expires": "2027-01-01"}]}"""), JAN_2026);
        assertThat(under.valid()).isTrue();
    }

    @Test
    void combinedReports_countAWaiverOnce_andItIsNotUnusedWhenAnotherFileUsedIt() {
        Validator v = Validator.builder().parallelism(1).clock(JAN_2026).waivers(read(SCOPED)).build();
        Report used = v.validate(SIGNATORIES.triggering().dataset());
        Report clean = v.validate(SIGNATORIES.nearMiss().dataset());
        assertThat(clean.findings("waiver.unused")).hasSize(1);
        Report both = Report.combine(List.of(clean, used));
        assertThat(both.findings("waiver.unused")).isEmpty();
        assertThat(both.waivers()).singleElement().satisfies(a -> assertThat(a.findingsWaived()).isEqualTo(1));
    }

    @Test
    void badWaiversFiles_areRefused_withWhatAndWhere() {
        assertThatThrownBy(() -> read("""
                {"waivers": [
                  {"ruleId": "rule.cls-signatories", "entityId": "x", "justification": "  ", "expires": "2027-01-01"}]}"""))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("waivers.json:2:3: /waivers/0/justification a waiver needs a written justification");
        assertThatThrownBy(() -> read("{\"waivers\": [{\"ruleId\": \"r.x\", \"entityId\": \"x\", \"justification\": \"j\", "
                + "\"expires\": \"31/12/2026\"}]}")).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("/waivers/0/expires must be a date like 2026-12-31");
        assertThatThrownBy(() -> read("{\"waiver\": []}")).hasMessageContaining("unknown member (expected 'waivers')");
        assertThatThrownBy(() -> read("{\"waivers\": [")).isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("waivers.json: not a readable JSON waivers file");
        assertThatThrownBy(() -> Validator.builder().waivers(read("""
                {"waivers": [{"ruleId": "rule.no-such-rule", "entityId": "x", "justification": "j", "expires": "2027-01-01"}]}
                """)).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("waivers.json: the waiver of 'rule.no-such-rule' names no rule of the catalogue");
    }

    @Test
    void aWaiverOfAPolicyRule_isAcceptedUnderTheDefaultProfile_asUnused() {
        Report r = Validator.builder().parallelism(1).clock(JAN_2026).waivers(read("""
                {"waivers": [{"ruleId": "rule.cls-coverage", "entityId": "departement:09", "justification": "j",
                  "expires": "2027-01-01"}]}""")).build().validate(SIGNATORIES.nearMiss().dataset());
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("waiver.unused");
    }

    @Test
    void waiversFile_conformsToThePublishedSchema_andReportsPrintWaivers() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaIdResolvers(x -> x.mapPrefix(Validator.SCHEMA_BASE, "classpath:" + Validator.SCHEMA_DIR)));
        Schema waivers = registry.getSchema(SchemaLocation.of(Validator.SCHEMA_BASE + "waivers.schema.json"));
        assertThat(waivers.validate(MaillageJson.mapper().readTree(SCOPED))).isEmpty();
        assertThat(waivers.validate(MaillageJson.mapper().readTree("{\"waivers\": [{\"ruleId\": \"rule.x\", "
                + "\"justification\": \" \", \"expires\": \"2026-01-01\"}]}"))).isNotEmpty();
        Report r = validate(read(SCOPED), JAN_2026);
        Schema report = registry.getSchema(SchemaLocation.of(Validator.SCHEMA_BASE + "report.schema.json"));
        StringWriter json = new StringWriter();
        ReportWriter.write(r, ReportFormat.JSON, Language.FR, json);
        assertThat(report.validate(MaillageJson.mapper().readTree(json.toString()))).isEmpty();
        assertThat(json.toString()).contains("\"findingsWaived\": 1").contains("\"waived\": true");
        StringWriter text = new StringWriter();
        ReportWriter.write(r, ReportFormat.TEXT, Language.FR, text);
        assertThat(text.toString()).contains("(dérogation)")
                .contains("Dérogation : La communauté de communes signe par avenant n° 2")
                .contains("Dérogations appliquées\n  rule.cls-signatories  cls-haute-ariege /contracts/0  jusqu'au 2026-06-30  "
                        + "1 constat(s)  (ARS Occitanie, DD 09)");
    }
}
