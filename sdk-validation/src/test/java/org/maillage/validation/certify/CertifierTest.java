package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.Severity;
import org.maillage.validation.waiver.Waiver;
import org.maillage.validation.waiver.Waivers;

class CertifierTest {

    private static Finding finding(String rule, Layer layer, Priority priority, boolean waived) {
        return new Finding(rule, Severity.ERROR, priority, layer, "m", "m fr", "/x", 1, 1, null, "", "", "src", "a.json",
                waived, waived ? "because" : null);
    }

    @Test
    void ruleCounts_countUnwaivedAndWaivedFindingsPerRule() {
        Report report = Report.of(List.of("a.json"), List.of(finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, false),
                finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, true),
                finding("ref.unknown", Layer.REFERENCES, Priority.MANDATORY, false),
                finding("custom.x", Layer.RULES, Priority.RECOMMENDED, false)), "1.0.0", "1.0.0");
        List<RuleCount> counts = Certifier.ruleCounts(report, RuleCatalogue.standard());
        assertThat(counts).extracting(RuleCount::ruleId, RuleCount::layer, RuleCount::priority, RuleCount::findings, RuleCount::waived)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("custom.x", "rules", "recommended", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("ref.unknown", "references", "mandatory", 2L, 1L));
        assertThat(Levels.reached(Level.POLICY, counts)).isEqualTo(Level.STRUCTURE);
    }

    @Test
    void ruleCounts_ofAWaivedOnlyReport_blockNothing() {
        Report report = Report.of(List.of("a.json"), List.of(finding("schema.type", Layer.SCHEMA, Priority.MANDATORY, true)),
                "1.0.0", "1.0.0");
        assertThat(Levels.reached(Level.POLICY, Certifier.ruleCounts(report, RuleCatalogue.standard()))).isEqualTo(Level.POLICY);
    }

    private static final Path BROKEN = Path.of("../examples/data/ariege-broken.json");
    private static final Clock MARCH_2026 = Clock.fixed(Fixtures.ISSUED, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Waivers unknownParent(LocalDate expires) {
        return Waivers.of("waivers.json", List.of(new Waiver("ref.unknown", null, "/territories/2/parents",
                "Le département parent est livré dans un second fichier.", expires, "ARS Occitanie")));
    }

    @Test
    void certify_withAWaiver_listsItWithItsJustificationExpiryScopeAndCount_andCountsTheFindingAsWaived() throws IOException {
        Certificate c = Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026)
                .withWaivers(unknownParent(LocalDate.of(2026, 12, 31))).certify(List.of(BROKEN), dir, Fixtures.TOOL);
        assertThat(c.waivers()).containsExactly(new WaiverEntry("ref.unknown", "/territories/2/parents",
                "Le département parent est livré dans un second fichier.", LocalDate.of(2026, 12, 31), 1));
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("ref.unknown"))
                .singleElement().satisfies(r -> assertThat(r.waived()).isEqualTo(1));
        assertThat(c.rules()).extracting(RuleCount::ruleId).doesNotContain("waiver.expired", "waiver.unused");
    }

    @Test
    void certify_withAnExpiredWaiver_reportsIt_andTheFindingIsNotWaived() throws IOException {
        Certificate c = Certifier.at(Level.CONSISTENCY, null).withClock(MARCH_2026)
                .withWaivers(unknownParent(LocalDate.of(2026, 2, 28))).certify(List.of(BROKEN), dir, Fixtures.TOOL);
        assertThat(c.waivers()).as("an expired waiver is not in effect").isEmpty();
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("waiver.expired"))
                .singleElement().satisfies(r -> assertThat(r.findings()).isEqualTo(1));
        assertThat(c.rules()).filteredOn(r -> r.ruleId().equals("ref.unknown"))
                .singleElement().satisfies(r -> assertThat(r.waived()).isZero());
    }
}
