package org.maillage.validation;

/** How serious a finding is. An unwaived {@link #ERROR} makes a dataset invalid. */
public enum Severity {
    /** The dataset is wrong. */
    ERROR,
    /** Probably wrong, or worth a look. */
    WARNING,
    /** For information. */
    INFO
}
