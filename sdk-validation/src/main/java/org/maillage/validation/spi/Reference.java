package org.maillage.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;
import org.maillage.core.model.EntityFamily;

/**
 * A reference from one entity to another, by id, as found in the entity's record: a component
 * named after a family ({@code territory}, {@code organizations}…), {@code parent},
 * {@code predecessor} or {@code successor}, or one the validator declares (such as
 * {@code Facility.commune}). The validator makes them; rules read them.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Reference {

    /**
     * The top-level member of the entity the reference sits under.
     *
     * @return for example {@code parents}, {@code members} or {@code replaces}
     */
    String role();

    /**
     * The id referred to.
     *
     * @return the target id
     */
    String target();

    /**
     * The families the target may belong to.
     *
     * @return the families
     */
    Set<EntityFamily> families();

    /**
     * Where the reference is, relative to the entity.
     *
     * @return a JSON Pointer, for example {@code /parents/0/territory}
     */
    String pointer();

    /**
     * The first day of the link holding the reference.
     *
     * @return the date, or null (open or undated)
     */
    LocalDate from();

    /**
     * The last day of the link holding the reference.
     *
     * @return the date, or null
     */
    LocalDate to();

    /**
     * The date the reference speaks of.
     *
     * @return the date, or null when it names none (then the dataset's reference date is used
     *     when {@link #dated()})
     */
    LocalDate date();

    /**
     * Whether the target must be valid at a date at all.
     *
     * @return false for lineage, which names territories that no longer exist
     */
    boolean dated();
}
