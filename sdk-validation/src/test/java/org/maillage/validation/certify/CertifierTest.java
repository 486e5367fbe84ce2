package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.validation.Finding;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.Report;
import org.maillage.validation.RuleCatalogue;
import org.maillage.validation.Severity;

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
}
