package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.core.model.EntityFamily;

/**
 * A check over the whole dataset, the extension point of the RULES layer. Implementations are
 * stateless and thread-safe: one instance serves every validation. Each rule reports under one
 * rule id, which must be in the catalogue (the standard one, or the definitions of its
 * {@link RulePack}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Rule {

    /**
     * The id of the rule in the catalogue, under which its findings are reported.
     *
     * @return for example {@code rule.epci-two-communes}
     */
    String id();

    /**
     * Checks the dataset and reports each breach.
     *
     * @param dataset the dataset
     * @param context where to report
     */
    void check(DatasetView dataset, RuleContext context);

    /**
     * The families whose whole typed entities the rule reads through
     * {@link DatasetView#model(IndexedEntity, Class)}. The validator keeps those entities in memory
     * for the RULES layer, and only those: a rule that needs only what the index holds (kinds,
     * codes, periods, identifiers, references) reads none and costs no memory.
     *
     * @return the families, none by default
     */
    default Set<EntityFamily> reads() {
        return Set.of();
    }

    /**
     * Whether the rule needs this entity of a family it {@link #reads() reads}. The validator
     * keeps an entity only when a rule that reads its family retains it, so a rule that looks at
     * a few observations among millions (the APL ones below a threshold) keeps memory bounded.
     *
     * @param entity a typed entity of a family the rule reads
     * @return true to keep it for {@link #check}; every entity by default
     */
    default boolean retains(org.maillage.core.model.Entity entity) {
        return true;
    }
}
