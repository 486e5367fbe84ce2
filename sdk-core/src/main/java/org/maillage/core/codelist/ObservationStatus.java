package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How final an observed value is (closed codelist {@code observation-status}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ObservationStatus implements Coded {
    /** Provisoire: provisional. */
    PROVISIONAL("provisional"),
    /** Définitive: final. */
    FINAL("final"),
    /** Révisée: revised. Replaces a value published before. */
    REVISED("revised");

    private final String code;

    ObservationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
