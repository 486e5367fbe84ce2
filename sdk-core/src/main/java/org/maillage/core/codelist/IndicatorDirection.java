package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How to read the values of an indicator (closed codelist {@code indicator-direction}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum IndicatorDirection implements Coded {
    /** Plus élevé est meilleur: higher is better. */
    HIGHER_IS_BETTER("higher-is-better"),
    /** Plus bas est meilleur: lower is better. */
    LOWER_IS_BETTER("lower-is-better"),
    /** Sans sens de lecture: neutral. Descriptive indicator. */
    NEUTRAL("neutral");

    private final String code;

    IndicatorDirection(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
