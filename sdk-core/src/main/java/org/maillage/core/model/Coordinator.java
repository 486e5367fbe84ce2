package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The coordinator of a contract (coordinateur CLS): who, employed by whom, funded or not, for how much time.
 *
 * @param person the id of the coordinator, or null when the post is vacant or the person not named
 * @param organization the id of the employer, or null
 * @param funded whether the post is funded under the contract, or null when not stated
 * @param fte full-time equivalent of the post, or null
 * @param validFrom first day of the post, or null when unknown or open
 * @param validTo last day of the post, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Coordinator(
        @Pattern(regexp = Entity.ID_PATTERN) String person,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        Boolean funded,
        @DecimalMin("0") @DecimalMax("10") BigDecimal fte,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Canonical constructor.
     *
     * @param person the id of the coordinator, or null when the post is vacant or the person not named
     * @param organization the id of the employer, or null
     * @param funded whether the post is funded under the contract, or null when not stated
     * @param fte full-time equivalent of the post, or null
     * @param validFrom first day of the post, or null when unknown or open
     * @param validTo last day of the post, or null when still valid
     */
    public Coordinator {
    }
}
