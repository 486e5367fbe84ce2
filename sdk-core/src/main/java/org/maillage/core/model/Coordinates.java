package org.maillage.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * A WGS84 position.
 *
 * @param latitude latitude in decimal degrees
 * @param longitude longitude in decimal degrees
 */
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
