package org.maillage.core.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.PlanDecisionKind;

/**
 * A decision a body takes on a plan: it adopts it, approves it, gives its opinion on it, or takes part in
 * drawing it up.
 *
 * <p>Identity in its collection (how a diff matches it): organization + kind.
 *
 * @param organization the id of the body that decides (the ARS, a conseil territorial de santé, a collectivité)
 * @param kind what the body does with the plan
 * @param date the date of the decision (arrêté, deliberation, opinion), or null when unknown
 * @param legalReference the reference of the act, or null
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PlanDecision(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String organization,
        @NotNull PlanDecisionKind kind,
        LocalDate date,
        String legalReference) {

    /**
     * Requires organization, kind.
     *
     * @param organization the id of the body that decides (the ARS, a conseil territorial de santé, a collectivité)
     * @param kind what the body does with the plan
     * @param date the date of the decision (arrêté, deliberation, opinion), or null when unknown
     * @param legalReference the reference of the act, or null
     */
    public PlanDecision {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
    }
}
