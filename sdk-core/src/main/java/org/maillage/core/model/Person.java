package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /**
     * A builder for a {@link Person} with its required members.
     *
     * @param id the id of the person, unique in the dataset and stable across its versions
     * @param familyName the family name
     * @return a builder
     */
    public static Builder builder(String id, String familyName) {
        Builder b = new Builder();
        b.id = id;
        b.familyName = familyName;
        return b;
    }

    /**
     * A builder holding this person's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.familyName = familyName;
        b.givenName = givenName;
        b.profession = profession;
        b.identifiers.addAll(identifiers);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Person}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private String familyName;
        private String givenName;
        private CodeRef profession;
        private final List<Identifier> identifiers = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id of the person, unique in the dataset and stable across its versions
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the family name
         * @return this builder
         */
        public Builder familyName(String value) {
            this.familyName = value;
            return this;
        }

        /**
         * @param value the given name
         * @return this builder
         */
        public Builder givenName(String value) {
            this.givenName = value;
            return this;
        }

        /**
         * @param value the health profession
         * @return this builder
         */
        public Builder profession(CodeRef value) {
            this.profession = value;
            return this;
        }

        /**
         * @param value one of official identifiers (RPPS of a health professional), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (RPPS of a health professional), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value first day of the record
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of the record
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person
         */
        public Person build() {
            return new Person(id, familyName, givenName, profession, identifiers, validFrom, validTo);
        }
    }
}
