package org.maillage.validation.internal;

import java.util.Map;
import org.maillage.validation.Finding;

/** Makes a finding about a place relative to something located in a source (an entity, the envelope). */
@FunctionalInterface
public interface Located {

    /**
     * @param ruleId the rule
     * @param params the template parameters
     * @param relativePointer JSON Pointer relative to the located thing, empty for itself
     * @return the finding, with absolute pointer, line and column
     */
    Finding finding(String ruleId, Map<String, String> params, String relativePointer);
}
