package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;
import org.maillage.validation.spi.RulePack;

/** Observations kept in the index's primitive tables, seen from outside: references, rules, findings. */
class CompactIndexTest {

    private static final RuleDefinition SEEN = new RuleDefinition("rule.test-seen", Layer.RULES, Severity.INFO,
            Priority.PERMITTED, "seen '{what}'", "vu « {what} »", "Nothing to do.", "Rien à faire.", "test");

    /** Observations first, then the indicator and the territory they name: every reference points forward. */
    private static String observationsFirst(String... territoryOfEach) {
        StringBuilder sb = new StringBuilder("{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": \"test-09\",\n"
                + "  \"referenceDate\": \"2026-01-01\",\n  \"observations\": [\n");
        for (int i = 0; i < territoryOfEach.length; i++) {
            sb.append("    {\"id\": \"obs:apl-mg:").append(i).append("\", \"indicator\": \"indicator:apl-mg\", \"territory\": \"")
                    .append(territoryOfEach[i]).append("\", \"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-03-31\"},"
                            + " \"value\": 3.5}").append(i + 1 < territoryOfEach.length ? ",\n" : "\n");
        }
        return sb.append("  ],\n  \"indicators\": [\n    {\"id\": \"indicator:apl-mg\", \"code\": \"apl-mg\", \"labelFr\": \"APL\","
                + " \"unit\": \"consultations/an/habitant\"}\n  ],\n  \"territories\": [\n"
                + "    {\"id\": \"commune:09001\", \"kind\": \"commune\", \"code\": \"09001\", \"name\": \"Aigues-Juntes\"}\n  ]\n}\n")
                .toString();
    }

    @Test
    void validate_resolvesObservationReferencesToEntitiesThatComeLaterInTheFile() {
        Report r = Fixtures.validateText(Validator.builder().build(),
                observationsFirst("commune:09001", "commune:99999", "commune:09001", "indicator:apl-mg"));

        assertThat(r.findings()).filteredOn(f -> f.ruleId().startsWith("ref.") || f.ruleId().startsWith("schema."))
                .extracting(Finding::ruleId, Finding::pointer, Finding::entityId, Finding::line)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ref.unknown", "/observations/1/territory", "obs:apl-mg:1", 7L),
                        org.assertj.core.groups.Tuple.tuple("ref.wrong-kind", "/observations/3/territory", "obs:apl-mg:3", 9L));
    }

    @Test
    void validate_letsARuleReportOnObservationsItKeptWhileIterating() {
        Rule collector = new Rule() {
            @Override
            public String id() {
                return SEEN.id();
            }

            @Override
            public void check(DatasetView dataset, RuleContext context) {
                List<IndexedEntity> kept = new ArrayList<>();
                dataset.entities(EntityFamily.OBSERVATIONS).forEach(kept::add);
                System.gc();
                for (IndexedEntity o : kept) {
                    context.report(o, "/value", Map.of("what", o.id()));
                }
            }
        };
        Validator v = Validator.builder().profile("test").rulePack(packOf(collector)).build();

        Report r = Fixtures.validateText(v, observationsFirst("commune:09001", "commune:09001", "commune:09001"));

        assertThat(r.findings("rule.test-seen")).extracting(Finding::pointer, Finding::messageFr)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/observations/0/value", "vu « obs:apl-mg:0 »"),
                        org.assertj.core.groups.Tuple.tuple("/observations/1/value", "vu « obs:apl-mg:1 »"),
                        org.assertj.core.groups.Tuple.tuple("/observations/2/value", "vu « obs:apl-mg:2 »"));
    }

    private static RulePack packOf(Rule rule) {
        return TestPacks.of(rule, SEEN);
    }
}
