package org.maillage.validation;

import java.util.Map;

/** Makes a finding about a place relative to something located in a source (an entity, the envelope). */
@FunctionalInterface
interface Located {

    /**
     * @param ruleId the rule
     * @param params the template parameters
     * @param relativePointer JSON Pointer relative to the located thing, empty for itself
     * @return the finding, with absolute pointer, line and column
     */
    Finding finding(String ruleId, Map<String, String> params, String relativePointer);
}
