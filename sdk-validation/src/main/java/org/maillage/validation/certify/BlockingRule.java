package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A rule whose unwaived findings keep a level from being reached (and every level above it).
 *
 * @param ruleId the rule's id
 * @param level the lowest level it blocks, 1 to 3
 * @param findings its unwaived findings
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record BlockingRule(String ruleId, int level, long findings) {

    /**
     * Checks the values.
     *
     * @param ruleId the rule's id
     * @param level the lowest level it blocks, 1 to 3
     * @param findings its unwaived findings
     */
    public BlockingRule {
        Codes.notBlank(ruleId, "rule id");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("a blocked level is 1 to 3, not " + level);
        }
        if (findings < 1) {
            throw new IllegalArgumentException("a blocking rule has at least one finding, not " + findings);
        }
    }
}
