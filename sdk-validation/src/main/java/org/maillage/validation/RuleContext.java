package org.maillage.validation;

import java.util.Map;

/** Where a {@link Rule} reports what it finds. Used on one thread at a time. */
public interface RuleContext {

    /**
     * Reports a finding of the running rule on an entity.
     *
     * @param entity the entity concerned
     * @param pointer JSON Pointer relative to the entity, empty for the entity itself
     * @param params the parameters of the rule's message templates; values are inserted as they are
     */
    void report(IndexedEntity entity, String pointer, Map<String, String> params);
}
