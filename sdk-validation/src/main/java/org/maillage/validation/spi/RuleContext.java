package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * Where a {@link Rule} reports what it finds. Used on one thread at a time.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface RuleContext {

    /**
     * Reports a finding of the running rule on an entity.
     *
     * @param entity the entity concerned
     * @param pointer JSON Pointer relative to the entity, empty for the entity itself
     * @param params the parameters of the rule's message templates; values are inserted as they are,
     *     except that a value which is the id of an entity of the dataset is cited by the entity's
     *     {@linkplain DatasetView#label label}, its name and id (parameters named {@code id},
     *     {@code code}, {@code value}, {@code pointer} and {@code rule} are kept as they are, and so is
     *     a parameter {@code x} when {@code xName} is given too)
     */
    void report(IndexedEntity entity, String pointer, Map<String, String> params);
}
