package org.maillage.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.maillage.core.model.EntityFamily;

/**
 * A reference from one entity to another, by id, as found in the entity's record (see
 * {@link References} for how references are recognised).
 *
 * @param role the top-level member of the entity the reference sits under, for example
 *     {@code parents}, {@code members} or {@code replaces}
 * @param target the id referred to
 * @param families the families the target may belong to
 * @param pointer JSON Pointer of the reference, relative to the entity ({@code /parents/0/territory})
 * @param from the first day of the link holding the reference, or null (open or undated)
 * @param to the last day of the link holding the reference, or null
 * @param date the date the reference speaks of, or null when it names none (then the dataset's
 *     reference date is used when {@code dated})
 * @param dated whether the target must be valid at a date at all (false for lineage, which names
 *     territories that no longer exist)
 */
public record Reference(String role, String target, Set<EntityFamily> families, String pointer, LocalDate from,
        LocalDate to, LocalDate date, boolean dated) {

    /**
     * Requires role, target, families and pointer.
     *
     * @param role the top-level member of the entity the reference sits under, for example {@code parents}, {@code members} or {@code replaces}
     * @param target the id referred to
     * @param families the families the target may belong to
     * @param pointer JSON Pointer of the reference, relative to the entity ({@code /parents/0/territory})
     * @param from the first day of the link holding the reference, or null (open or undated)
     * @param to the last day of the link holding the reference, or null
     * @param date the date the reference speaks of, or null when it names none (then the dataset's reference date is used when {@code dated})
     * @param dated whether the target must be valid at a date at all (false for lineage, which names territories that no longer exist)
     */
    public Reference {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
        families = Set.copyOf(families);
        Objects.requireNonNull(pointer, "pointer");
    }
}
