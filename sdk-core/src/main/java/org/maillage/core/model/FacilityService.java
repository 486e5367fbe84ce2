package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Lists;

/**
 * A service of a facility (emergency, maternity, SMUR…) and the history of its status.
 *
 * <p>Identity in its collection (how a diff matches it): service code.
 *
 * @param service the service
 * @param statuses its status over time, oldest first
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record FacilityService(
        @Valid @NotNull CodeRef service,
        @NotEmpty List<@Valid @NotNull ServiceStatusPeriod> statuses) {

    /**
     * Requires service; null lists become empty.
     *
     * @param service the service
     * @param statuses its status over time, oldest first
     */
    public FacilityService {
        Objects.requireNonNull(service, "service");
        statuses = Lists.copy(statuses);
    }
}
