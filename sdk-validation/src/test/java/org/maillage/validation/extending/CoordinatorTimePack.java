package org.maillage.validation.extending;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.model.Contract;
import org.maillage.validation.Layer;
import org.maillage.validation.Priority;
import org.maillage.validation.RuleDefinition;
import org.maillage.validation.Severity;
import org.maillage.validation.spi.DatasetView;
import org.maillage.validation.spi.EntityRule;
import org.maillage.validation.spi.IndexedEntity;
import org.maillage.validation.spi.Rule;
import org.maillage.validation.spi.RuleContext;
import org.maillage.validation.spi.RulePack;

/** A regional policy: the coordinator of a CLS works at least half time. */
public final class CoordinatorTimePack implements RulePack {

    static final RuleDefinition HALF_TIME = new RuleDefinition("rule.occitanie-coordinator-half-time", Layer.RULES,
            Severity.WARNING, Priority.RECOMMENDED,
            "the coordinator of '{contract}' works {fte} FTE, less than half time",
            "le coordinateur de « {contract} » travaille à {fte} ETP, moins qu'un mi-temps",
            "Fund at least a half-time coordinator post.",
            "Financez au moins un mi-temps de coordination.",
            "ARS Occitanie, cahier des charges régional des CLS 2024, § 3.2");

    @Override
    public String name() {
        return "occitanie";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    /** Runs under its own profile and adds itself to the built-in local-health profile. */
    @Override
    public Set<String> profiles() {
        return Set.of("occitanie", "local-health");
    }

    @Override
    public List<RuleDefinition> definitions() {
        return List.of(HALF_TIME);
    }

    @Override
    public List<Rule> rules() {
        return List.of(new HalfTimeCoordinator());
    }

    /** Checks each contract on its own: the validator keeps whole contracts for it, and only them. */
    static final class HalfTimeCoordinator extends EntityRule<Contract> {
        HalfTimeCoordinator() {
            super(HALF_TIME.id(), Contract.class);
        }

        @Override
        protected void check(DatasetView dataset, IndexedEntity entity, Contract c, RuleContext context) {
            BigDecimal fte = c.coordinator() == null ? null : c.coordinator().fte();
            if (c.kind() == ContractKind.CLS && fte != null && fte.compareTo(new BigDecimal("0.5")) < 0) {
                context.report(entity, "/coordinator/fte", Map.of("contract", c.id(), "fte", fte.toPlainString()));
            }
        }
    }
}
