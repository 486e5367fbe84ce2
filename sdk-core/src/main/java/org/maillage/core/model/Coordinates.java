package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.apiguardian.api.API;

/**
 * A WGS84 position. A zero coordinate is always positive zero: {@code -0.0} names the same place,
 * and JSON read through decimals cannot keep the sign of zero, so a record holding it would not
 * survive a round trip.
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
     * Canonical constructor; turns {@code -0.0} into {@code 0.0}.
     *
     * @param latitude latitude in decimal degrees
     * @param longitude longitude in decimal degrees
     */
    public Coordinates {
        latitude = latitude == 0.0 ? 0.0 : latitude;
        longitude = longitude == 0.0 ? 0.0 : longitude;
    }
}
