package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.validation.internal.rules.LocalHealthPack;
import org.maillage.validation.internal.rules.RegulatoryPack;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RulePack;

/** Every rule of the regulatory pack and of the local-health profile: triggered, and a near miss that is not. */
class RuleCasesTest {

    static Stream<RuleCases.Pair> pairs() {
        return RuleCases.all().stream();
    }

    static Report validate(RuleCases.Pair p, RuleWorld w) {
        return RuleWorldTest.validator(p.profile()).validate(w.dataset());
    }

    static List<String> keys(Report r) {
        return r.findings().stream().map(f -> f.ruleId() + " " + f.pointer()).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void rule_isTriggered_withItsExpectedFindings(RuleCases.Pair p) {
        Report r = validate(p, p.triggering());
        assertThat(keys(r)).as(p.trigger())
                .containsExactlyElementsOf(p.expected().stream().map(e -> e.ruleId() + " " + e.pointer()).sorted().toList());
        Finding f = r.findings(p.ruleId()).get(0);
        assertThat(f.layer()).isEqualTo(Layer.RULES);
        assertThat(f.message()).doesNotContain("{").isNotBlank();
        assertThat(f.messageFr()).doesNotContain("{").isNotBlank();
        assertThat(f.entityId()).isNotNull();
        assertThat(r.valid()).isEqualTo(r.findings().stream().noneMatch(x -> x.severity() == Severity.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void rule_staysQuiet_onItsNearMiss(RuleCases.Pair p) {
        Report r = validate(p, p.nearMiss());
        assertThat(keys(r)).as(p.nearMissDescription()).isEmpty();
        assertThat(r.valid()).isTrue();
    }

    @Test
    void everyRuleOfTheBuiltInPacks_hasItsPairOfCases() {
        Set<String> covered = RuleCases.all().stream().map(RuleCases.Pair::ruleId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rules = new TreeSet<>();
        for (RulePack pack : List.of(new RegulatoryPack(), new LocalHealthPack())) {
            pack.rules().forEach(r -> rules.add(r.id()));
        }
        rules.removeAll(Set.of("rule.commune-in-epci", "rule.epci-two-communes", "rule.deleguee-one-commune"));
        assertThat(covered).as("rules added with the complete packs; the three territory rules are in the corpus of main")
                .isEqualTo(rules);
    }

    @Test
    void policyRules_areWarningsOrInfos_neverErrors_andNeverMandatory() {
        for (Rule r : new LocalHealthPack().rules()) {
            RuleDefinition d = RuleCatalogue.standard().rule(r.id());
            assertThat(d.severity()).as(r.id()).isNotEqualTo(Severity.ERROR);
            assertThat(d.priority()).as(r.id()).isNotEqualTo(Priority.MANDATORY);
            assertThat(d.source()).as(r.id()).contains("seeds/");
        }
    }

    @Test
    void messages_fillTheirParameters_inBothLanguages() {
        Report r = validate(RuleCases.all().get(0), RuleCases.all().get(0).triggering());
        Finding f = r.findings("rule.cls-signatories").get(0);
        assertThat(f.message()).isEqualTo("local health contract 'Contrat local de santé de la Haute Ariège' (cls-haute-ariege) is "
                + "signed neither by the ARS nor by its délégation départementale");
        assertThat(f.messageFr()).isEqualTo("le contrat local de santé « Contrat local de santé de la Haute Ariège » (cls-haute-ariege) "
                + "n'est signé ni par l'agence régionale de santé ni par sa délégation départementale");
    }
}
