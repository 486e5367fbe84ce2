package org.maillage.validation;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How serious a finding is. An unwaived {@link #ERROR} makes a dataset invalid.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum Severity {
    /** The dataset is wrong. */
    ERROR,
    /** Probably wrong, or worth a look. */
    WARNING,
    /** For information. */
    INFO
}
