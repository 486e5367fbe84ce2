package org.maillage.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.codelist.ZoneCategory;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Observation;
import org.maillage.core.model.Period;
import org.maillage.core.model.ZoneAssignment;
import org.maillage.core.model.ZoningDecision;
import org.maillage.validation.Report;
import org.maillage.validation.RuleWorld;
import org.maillage.validation.RuleWorldTest;
import org.maillage.validation.Validator;

class ZoningRulesTest {

    private static Report validate(RuleWorld w) {
        return RuleWorldTest.validator(Validator.DEFAULT_PROFILE).validate(w.dataset());
    }

    private static RuleWorld aplZippedBelowThreshold() {
        return RuleWorld.base()
                .change(RuleWorld.OBS, Observation.class, o -> new Observation(o.id(), o.indicator(), o.territory(), o.period(),
                        new BigDecimal("2.1"), o.profession(), o.status(), o.identifiers(), o.validFrom(), o.validTo()))
                .change(RuleWorld.ZONING, ZoningDecision.class, z -> z.toBuilder()
                        .assignments(java.util.List.of(new ZoneAssignment(RuleWorld.TVS, ZoneCategory.ZIP))).build());
    }

    @Test
    void aplZip_judgesATvsByTheDecisionThatZonesIt_notByAnotherArsDecisionInForce() {
        RuleWorld w = aplZippedBelowThreshold();
        ZoningDecision zoning = w.dataset().zonings().get(0);
        // Another decision for the same profession, in force over the same years, listed first, that does not zone this TVS.
        ZoningDecision other = ZoningDecision.builder("zonage-mg-autre-ars", RuleWorld.ARS,
                        CodeRef.of("profession", "medecin-generaliste"), TerritoryKind.TVS)
                .adoptionDate(LocalDate.of(2022, 12, 1)).validFrom(LocalDate.of(2023, 1, 1)).build();
        RuleWorld two = w.remove(RuleWorld.ZONING).put(other).put(zoning);
        assertThat(validate(w).findings("rule.apl-zip")).isEmpty();
        assertThat(validate(two).findings("rule.apl-zip")).isEmpty();
    }

    @Test
    void aplZip_keepsInMemoryOnlyTheObservationsThatCouldBreakIt() {
        ZoningRules.AplZip rule = new ZoningRules.AplZip();
        Observation high = Observation.of("obs:a", "indicator:apl", RuleWorld.TVS, Period.ofYear(2024), new BigDecimal("3.1"));
        Observation low = Observation.of("obs:b", "indicator:apl", RuleWorld.TVS, Period.ofYear(2024), new BigDecimal("2.4"));
        assertThat(rule.retains(high)).isFalse();
        assertThat(rule.retains(low)).isTrue();
    }
}
