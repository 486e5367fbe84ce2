package org.maillage.validation;

/** What a rule weighs in certification. */
public enum Priority {
    /** Must hold for any conforming dataset. */
    MANDATORY,
    /** Should hold; required at the policy level of certification. */
    RECOMMENDED,
    /** May hold; for information. */
    PERMITTED
}
