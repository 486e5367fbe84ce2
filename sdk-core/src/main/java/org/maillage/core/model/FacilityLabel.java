package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A label a facility holds for a period (hôpital de proximité…).
 *
 * <p>Identity in its collection (how a diff matches it): label code + validFrom.
 *
 * @param label the label
 * @param organization the id of the organisation that gave it (the ARS), or null
 * @param validFrom first day of the label, or null when unknown or open
 * @param validTo last day of the label, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record FacilityLabel(
        @Valid @NotNull CodeRef label,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires label.
     *
     * @param label the label
     * @param organization the id of the organisation that gave it (the ARS), or null
     * @param validFrom first day of the label, or null when unknown or open
     * @param validTo last day of the label, or null when still valid
     */
    public FacilityLabel {
        Objects.requireNonNull(label, "label");
    }
}
