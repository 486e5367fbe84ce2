package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Lists;

/**
 * A person who sits in a body, signs a contract or coordinates one; minimal on purpose.
 *
 * @param id the id of the person, unique in the dataset and stable across its versions
 * @param familyName the family name
 * @param givenName the given name, or null
 * @param profession the health profession, or null
 * @param identifiers official identifiers (RPPS of a health professional)
 * @param validFrom first day of the record, or null when unknown or open
 * @param validTo last day of the record, or null when still valid
 * @since 0.1.0
 */
@WellOrderedPeriod
@API(status = STABLE, since = "0.1.0")
public record Person(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotBlank String familyName,
        String givenName,
        @Valid CodeRef profession,
        List<@Valid @NotNull Identifier> identifiers,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, familyName; null lists become empty.
     *
     * @param id the id of the person, unique in the dataset and stable across its versions
     * @param familyName the family name
     * @param givenName the given name, or null
     * @param profession the health profession, or null
     * @param identifiers official identifiers (RPPS of a health professional)
     * @param validFrom first day of the record, or null when unknown or open
     * @param validTo last day of the record, or null when still valid
     */
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        identifiers = Lists.copy(identifiers);
    }

    /**
     * A person with a name only.
     *
     * @param id the id
     * @param givenName the given name
     * @param familyName the family name
     * @return the person
     */
    public static Person of(String id, String givenName, String familyName) {
        return new Person(id, familyName, givenName, null, List.of(), null, null);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.PEOPLE;
    }
}
