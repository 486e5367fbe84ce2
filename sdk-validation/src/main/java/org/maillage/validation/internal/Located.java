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
    default Finding finding(String ruleId, Map<String, String> params, String relativePointer) {
        return finding(ruleId, Map.of(), params, relativePointer);
    }

    /**
     * @param ruleId the rule
     * @param fragments texts of the SDK's own data (never of the input) put in the templates before
     *     the parameters, so that they may cite parameters themselves; {@code xFr} is the French
     *     form of {@code x}
     * @param params the template parameters
     * @param relativePointer JSON Pointer relative to the located thing, empty for itself
     * @return the finding, with absolute pointer, line and column
     */
    Finding finding(String ruleId, Map<String, String> fragments, Map<String, String> params, String relativePointer);
}
