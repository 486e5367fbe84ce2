package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.ActionStatus;

/**
 * An action of a contract's action plan (fiche action).
 *
 * <p>Identity in its collection (how a diff matches it): code.
 *
 * @param code its code, unique in the contract
 * @param title its title
 * @param status how far it has got, or null
 * @param organization the id of the organisation that leads it, or null
 * @param validFrom first day of the action, or null when unknown or open
 * @param validTo last day of the action, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record ContractAction(
        @NotBlank String code,
        @NotBlank String title,
        ActionStatus status,
        @Pattern(regexp = Entity.ID_PATTERN) String organization,
        LocalDate validFrom,
        LocalDate validTo)
        implements Dated {

    /**
     * Requires code, title.
     *
     * @param code its code, unique in the contract
     * @param title its title
     * @param status how far it has got, or null
     * @param organization the id of the organisation that leads it, or null
     * @param validFrom first day of the action, or null when unknown or open
     * @param validTo last day of the action, or null when still valid
     */
    public ContractAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
