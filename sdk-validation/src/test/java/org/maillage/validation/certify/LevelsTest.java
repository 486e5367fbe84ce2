package org.maillage.validation.certify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.validation.certify.Fixtures.rule;
import static org.maillage.validation.certify.Fixtures.waived;

import java.util.List;
import org.junit.jupiter.api.Test;

class LevelsTest {

    @Test
    void reached_isTheRequestedLevel_whenNothingBlocks() {
        List<RuleCount> rules = List.of(rule("rules.x", "rules", "permitted", 4), waived("rules.y", "rules", "mandatory", 2));
        assertThat(Levels.reached(Level.POLICY, rules)).isEqualTo(Level.POLICY);
        assertThat(Levels.blocking(Level.POLICY, rules)).isEmpty();
    }

    @Test
    void reached_isNone_whenASchemaRuleIsMandatory() {
        List<RuleCount> rules = List.of(rule("schema.type", "schema", "mandatory", 1));
        assertThat(Levels.reached(Level.POLICY, rules)).isEqualTo(Level.NONE);
        assertThat(Levels.blocking(Level.POLICY, rules)).containsExactly(new BlockingRule("schema.type", 1, 1));
    }

    @Test
    void reached_stopsAtStructure_whenAReferenceRuleIsMandatory() {
        List<RuleCount> rules = List.of(rule("references.unknown", "references", "mandatory", 3),
                rule("rules.cls-signed-by-ars", "rules", "mandatory", 1));
        assertThat(Levels.reached(Level.POLICY, rules)).isEqualTo(Level.STRUCTURE);
        assertThat(Levels.blocking(Level.POLICY, rules)).containsExactly(
                new BlockingRule("references.unknown", 2, 3), new BlockingRule("rules.cls-signed-by-ars", 3, 1));
    }

    @Test
    void recommendedFindings_blockOnlyPolicy() {
        List<RuleCount> rules = List.of(rule("constraints.advice", "constraints", "recommended", 1));
        assertThat(Levels.reached(Level.CONSISTENCY, rules)).isEqualTo(Level.CONSISTENCY);
        assertThat(Levels.reached(Level.POLICY, rules)).isEqualTo(Level.CONSISTENCY);
        assertThat(Levels.blocking(Level.POLICY, rules)).containsExactly(new BlockingRule("constraints.advice", 3, 1));
    }

    @Test
    void waivedFindings_neverBlock() {
        List<RuleCount> rules = List.of(waived("schema.type", "schema", "mandatory", 5));
        assertThat(Levels.reached(Level.POLICY, rules)).isEqualTo(Level.POLICY);
    }

    @Test
    void reached_neverExceedsTheRequestedLevel() {
        assertThat(Levels.reached(Level.STRUCTURE, List.of())).isEqualTo(Level.STRUCTURE);
        List<RuleCount> rules = List.of(rule("rules.x", "rules", "mandatory", 1));
        assertThat(Levels.reached(Level.CONSISTENCY, rules)).isEqualTo(Level.CONSISTENCY);
        assertThat(Levels.blocking(Level.CONSISTENCY, rules)).isEmpty();
    }

    @Test
    void certificate_blockingNextLevel_namesTheRulesAboveTheReachedLevel() {
        Certificate c = Certificate.assess(List.of(new CertifiedFile("a.json", "0".repeat(64), 1)), "1.0.0", "1.0.0",
                Fixtures.POLICY, Level.POLICY, List.of(rule("references.unknown", "references", "mandatory", 2),
                        rule("rules.z", "rules", "recommended", 1)), List.of(), Fixtures.TOOL, Fixtures.ISSUED);
        assertThat(c.reached()).isEqualTo(Level.STRUCTURE);
        assertThat(c.passed()).isFalse();
        assertThat(c.blockingNextLevel()).extracting(BlockingRule::ruleId).containsExactly("references.unknown");
        assertThat(c.summary()).isEqualTo(new Summary(3, 0, 0, 0));
    }
}
