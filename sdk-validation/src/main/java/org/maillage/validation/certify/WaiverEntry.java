package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A waiver that applied when the files were certified.
 *
 * @param ruleId the rule it waives
 * @param scope what it covers: an entity id or a JSON Pointer
 * @param justification the written reason
 * @param expires the last day it applies
 * @param findingsWaived how many findings it covered
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record WaiverEntry(String ruleId, String scope, String justification, LocalDate expires, long findingsWaived) {

    /**
     * Checks the values.
     *
     * @param ruleId the rule it waives
     * @param scope what it covers: an entity id or a JSON Pointer
     * @param justification the written reason
     * @param expires the last day it applies
     * @param findingsWaived how many findings it covered
     */
    public WaiverEntry {
        Codes.notBlank(ruleId, "waiver rule id");
        Objects.requireNonNull(scope, "waiver scope");
        Codes.notBlank(justification, "waiver justification");
        Objects.requireNonNull(expires, "waiver expiry");
        Codes.notNegative(findingsWaived, "findings waived");
    }
}
