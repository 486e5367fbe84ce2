package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.CogEvent;

/**
 * A link between a territory and one of its predecessors or successors in the COG. The other
 * territory is named by its code, since it often no longer exists in the dataset's vintage, and by
 * its id when the dataset holds it.
 *
 * @param code the INSEE code of the other territory
 * @param territory the id of the other territory when the dataset holds it, or null
 * @param event the INSEE event code, when known
 * @param date the date the change took effect, when known
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Lineage(@NotBlank String code, @Pattern(regexp = Entity.ID_PATTERN) String territory, CogEvent event, LocalDate date) {

    /**
     * Requires the code.
     *
     * @param code the INSEE code of the other territory
     * @param territory the id of the other territory when the dataset holds it, or null
     * @param event the INSEE event code, when known
     * @param date the date the change took effect, when known
     */
    public Lineage {
        Objects.requireNonNull(code, "code");
    }
}
