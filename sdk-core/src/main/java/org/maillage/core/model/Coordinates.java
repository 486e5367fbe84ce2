package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.apiguardian.api.API;

/**
 * A WGS84 position.
 *
 * @param latitude latitude in decimal degrees
 * @param longitude longitude in decimal degrees
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Coordinates(
        @DecimalMin("-90") @DecimalMax("90") double latitude,
        @DecimalMin("-180") @DecimalMax("180") double longitude) {

    /**
     * Canonical constructor.
     *
     * @param latitude latitude in decimal degrees
     * @param longitude longitude in decimal degrees
     */
    public Coordinates {
    }
}
