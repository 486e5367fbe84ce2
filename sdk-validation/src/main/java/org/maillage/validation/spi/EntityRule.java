package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;

/**
 * A rule that checks each entity of one model type on its own, from its typed record: it
 * {@linkplain Rule#reads() reads} that family and nothing else, and is called once per entity the
 * validator could bind. The built-in rules over contracts and governance bodies are written this
 * way.
 *
 * <pre>{@code
 * final class CoordinatorNamed extends EntityRule<Contract> {
 *     CoordinatorNamed() {
 *         super("rule.my-coordinator-named", Contract.class);
 *     }
 *
 *     protected void check(DatasetView dataset, IndexedEntity entity, Contract contract, RuleContext context) {
 *         if (contract.coordinator() == null) {
 *             context.report(entity, "", Map.of("contract", contract.id()));
 *         }
 *     }
 * }
 * }</pre>
 *
 * @param <T> the record type of the family, for example {@code Contract}
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public abstract class EntityRule<T extends Entity> implements Rule {
    private final String id;
    private final EntityFamily family;
    private final Class<T> type;

    /**
     * A rule over every entity of a type.
     *
     * @param id the rule id in the catalogue
     * @param type the record type of an entity family, for example {@code Contract.class}
     * @throws IllegalArgumentException when the type is not the record type of a family
     */
    protected EntityRule(String id, Class<T> type) {
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        EntityFamily found = null;
        for (EntityFamily f : EntityFamily.values()) {
            if (f.javaType() == type) {
                found = f;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(type.getName() + " is the record type of no entity family");
        }
        this.family = found;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Set<EntityFamily> reads() {
        return Set.of(family);
    }

    @Override
    public final void check(DatasetView dataset, RuleContext context) {
        for (IndexedEntity e : dataset.entities(family)) {
            T model = dataset.model(e, type).orElse(null);
            if (model != null) {
                check(dataset, e, model, context);
            }
        }
    }

    /**
     * Checks one entity and reports each breach on it.
     *
     * @param dataset the whole dataset, to look up what the entity refers to
     * @param entity the entity as the index holds it (report on it)
     * @param model its typed record
     * @param context where to report
     */
    protected abstract void check(DatasetView dataset, IndexedEntity entity, T model, RuleContext context);
}
