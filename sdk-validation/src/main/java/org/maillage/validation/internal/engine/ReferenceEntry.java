package org.maillage.validation.internal.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.maillage.core.model.EntityFamily;
import org.maillage.validation.spi.Reference;

/**
 * A reference as the index holds it (see {@link References} for how references are recognised).
 *
 * @param role the top-level member of the entity the reference sits under
 * @param target the id referred to
 * @param families the families the target may belong to
 * @param pointer JSON Pointer of the reference, relative to the entity
 * @param from the first day of the link holding the reference, or null
 * @param to the last day of the link holding the reference, or null
 * @param date the date the reference speaks of, or null
 * @param dated whether the target must be valid at a date at all
 */
record ReferenceEntry(String role, String target, Set<EntityFamily> families, String pointer, LocalDate from,
        LocalDate to, LocalDate date, boolean dated) implements Reference {

    /** Requires role, target, families and pointer. */
    ReferenceEntry {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(target, "target");
        families = Set.copyOf(families);
        Objects.requireNonNull(pointer, "pointer");
    }
}
