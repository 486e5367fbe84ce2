package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a rule weighs in certification.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Priority {
    /** Must hold for any conforming dataset. */
    MANDATORY,
    /** Should hold; required at the policy level of certification. */
    RECOMMENDED,
    /** May hold; for information. */
    PERMITTED
}
