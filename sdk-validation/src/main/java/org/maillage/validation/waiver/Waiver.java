package org.maillage.validation.waiver;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A waiver: the decision, written down, that findings of one rule in one place are accepted for
 * a time. A waiver applies to a finding of its rule whose entity is {@code entityId} (when set)
 * and whose pointer is {@code pointer} or lies under it (when set). A waiver with neither is
 * unscoped: it waives nothing and is itself reported ({@code waiver.unscoped}); so is a waiver
 * past its expiry ({@code waiver.expired}).
 *
 * @param ruleId the rule it waives, for example {@code rule.cls-signatories}
 * @param entityId the id of the entity it covers, or null
 * @param pointer the JSON Pointer prefix it covers, or null
 * @param justification why the findings are accepted; never blank
 * @param expires the last day it applies
 * @param author who wrote it, or null
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Waiver(String ruleId, String entityId, String pointer, String justification, LocalDate expires,
        String author) {

    /**
     * Requires the rule id, a non-blank justification and the expiry; blank scopes become null.
     *
     * @param ruleId the rule it waives, for example {@code rule.cls-signatories}
     * @param entityId the id of the entity it covers, or null
     * @param pointer the JSON Pointer prefix it covers, or null
     * @param justification why the findings are accepted; never blank
     * @param expires the last day it applies
     * @param author who wrote it, or null
     */
    public Waiver {
        Objects.requireNonNull(ruleId, "ruleId");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("a waiver names the rule it waives");
        }
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("a waiver of " + ruleId + " needs a written justification");
        }
        Objects.requireNonNull(expires, "expires");
        entityId = entityId == null || entityId.isBlank() ? null : entityId;
        pointer = pointer == null || pointer.isEmpty() ? null : pointer;
        if (pointer != null && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("a waiver pointer is a JSON Pointer starting with '/', not '" + pointer + "'");
        }
    }

    /**
     * Whether the waiver names an entity or a pointer.
     *
     * @return false for an unscoped waiver
     */
    public boolean scoped() {
        return entityId != null || pointer != null;
    }

    /**
     * Whether the waiver has expired at a date: the date is after its last day.
     *
     * @param date the date
     * @return true when expired
     */
    public boolean expiredAt(LocalDate date) {
        return date.isAfter(expires);
    }

    /**
     * The scope in one line: the entity id, the pointer, or both separated by a space.
     *
     * @return for example {@code cls:ajaccio /contracts/0/parties}, or empty when unscoped
     */
    public String scope() {
        if (entityId != null && pointer != null) {
            return entityId + " " + pointer;
        }
        return entityId != null ? entityId : pointer == null ? "" : pointer;
    }
}
