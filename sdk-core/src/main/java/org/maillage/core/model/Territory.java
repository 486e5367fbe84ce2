package org.maillage.core.model;

import java.util.ArrayList;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.internal.Lists;

/**
 * A territory: a commune, an EPCI, a département, a health territory… Territories refer to one
 * another by id: {@code parents} are the territories it belongs to (a commune's département and
 * région), {@code members} its composition (an EPCI's communes), both dated.
 *
 * @param id the id, unique in the dataset and stable across vintages (for imported COG data
 *     {@code <kind>:<code>}, for example {@code commune:25056})
 * @param kind what the territory is
 * @param code its official code (INSEE code, EPCI SIREN) or the code given by its producer
 * @param name its name
 * @param legalType the legal type of an EPCI, null for other kinds
 * @param identifiers official identifiers (SIREN of a commune or EPCI…)
 * @param parents the territories it belongs to, dated
 * @param members its composition, dated
 * @param population population figures
 * @param replaces predecessors in the COG
 * @param replacedBy successors in the COG
 * @param validFrom first day of existence, or null
 * @param validTo last day of existence, or null
 * @since 0.1.0
 */
@WellOrderedPeriod
@ValidTerritoryCode
@API(status = STABLE, since = "0.1.0")
public record Territory(
        @NotBlank @Pattern(regexp = Entity.ID_PATTERN) String id,
        @NotNull TerritoryKind kind,
        @NotBlank String code,
        @NotBlank String name,
        EpciLegalType legalType,
        List<@Valid @NotNull Identifier> identifiers,
        List<@Valid @NotNull TerritoryLink> parents,
        List<@Valid @NotNull TerritoryLink> members,
        List<@Valid @NotNull Population> population,
        List<@Valid @NotNull Lineage> replaces,
        List<@Valid @NotNull Lineage> replacedBy,
        LocalDate validFrom,
        LocalDate validTo)
        implements Entity {

    /**
     * Requires id, kind, code and name; null lists become empty.
     *
     * @param id the id, unique in the dataset and stable across vintages (for imported COG data {@code <kind>:<code>}, for example {@code commune:25056})
     * @param kind what the territory is
     * @param code its official code (INSEE code, EPCI SIREN) or the code given by its producer
     * @param name its name
     * @param legalType the legal type of an EPCI, null for other kinds
     * @param identifiers official identifiers (SIREN of a commune or EPCI…)
     * @param parents the territories it belongs to, dated
     * @param members its composition, dated
     * @param population population figures
     * @param replaces predecessors in the COG
     * @param replacedBy successors in the COG
     * @param validFrom first day of existence, or null
     * @param validTo last day of existence, or null
     */
    public Territory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        identifiers = Lists.copy(identifiers);
        parents = Lists.copy(parents);
        members = Lists.copy(members);
        population = Lists.copy(population);
        replaces = Lists.copy(replaces);
        replacedBy = Lists.copy(replacedBy);
    }

    @Override
    public EntityFamily family() {
        return EntityFamily.TERRITORIES;
    }

    /**
     * A builder for a {@link Territory} with its required members.
     *
     * @param id the id, unique in the dataset and stable across vintages (for imported COG data {@code <kind>:<code>}, for example {@code commune:25056})
     * @param kind what the territory is
     * @param code its official code (INSEE code, EPCI SIREN) or the code given by its producer
     * @param name its name
     * @return a builder
     */
    public static Builder builder(String id, TerritoryKind kind, String code, String name) {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.code = code;
        b.name = name;
        return b;
    }

    /**
     * A builder holding this territory's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.kind = kind;
        b.code = code;
        b.name = name;
        b.legalType = legalType;
        b.identifiers.addAll(identifiers);
        b.parents.addAll(parents);
        b.members.addAll(members);
        b.population.addAll(population);
        b.replaces.addAll(replaces);
        b.replacedBy.addAll(replacedBy);
        b.validFrom = validFrom;
        b.validTo = validTo;
        return b;
    }

    /**
     * Builds a {@link Territory}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private String id;
        private TerritoryKind kind;
        private String code;
        private String name;
        private EpciLegalType legalType;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<TerritoryLink> parents = new ArrayList<>();
        private final List<TerritoryLink> members = new ArrayList<>();
        private final List<Population> population = new ArrayList<>();
        private final List<Lineage> replaces = new ArrayList<>();
        private final List<Lineage> replacedBy = new ArrayList<>();
        private LocalDate validFrom;
        private LocalDate validTo;

        private Builder() {}

        /**
         * @param value the id, unique in the dataset and stable across vintages (for imported COG data {@code <kind>:<code>}, for example {@code commune:25056})
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * @param value what the territory is
         * @return this builder
         */
        public Builder kind(TerritoryKind value) {
            this.kind = value;
            return this;
        }

        /**
         * @param value its official code (INSEE code, EPCI SIREN) or the code given by its producer
         * @return this builder
         */
        public Builder code(String value) {
            this.code = value;
            return this;
        }

        /**
         * @param value its name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * @param value the legal type of an EPCI, null for other kinds
         * @return this builder
         */
        public Builder legalType(EpciLegalType value) {
            this.legalType = value;
            return this;
        }

        /**
         * @param value one of official identifiers (SIREN of a commune or EPCI…), added to those set before
         * @return this builder
         */
        public Builder addIdentifier(Identifier value) {
            identifiers.add(value);
            return this;
        }

        /**
         * @param value official identifiers (SIREN of a commune or EPCI…), replacing those set before
         * @return this builder
         */
        public Builder identifiers(List<Identifier> value) {
            identifiers.clear();
            identifiers.addAll(value);
            return this;
        }

        /**
         * @param value one of the territories it belongs to, dated, added to those set before
         * @return this builder
         */
        public Builder addParent(TerritoryLink value) {
            parents.add(value);
            return this;
        }

        /**
         * @param value the territories it belongs to, dated, replacing those set before
         * @return this builder
         */
        public Builder parents(List<TerritoryLink> value) {
            parents.clear();
            parents.addAll(value);
            return this;
        }

        /**
         * @param value one of its composition, dated, added to those set before
         * @return this builder
         */
        public Builder addMember(TerritoryLink value) {
            members.add(value);
            return this;
        }

        /**
         * @param value its composition, dated, replacing those set before
         * @return this builder
         */
        public Builder members(List<TerritoryLink> value) {
            members.clear();
            members.addAll(value);
            return this;
        }

        /**
         * @param value one of population figures, added to those set before
         * @return this builder
         */
        public Builder addPopulation(Population value) {
            population.add(value);
            return this;
        }

        /**
         * @param value population figures, replacing those set before
         * @return this builder
         */
        public Builder population(List<Population> value) {
            population.clear();
            population.addAll(value);
            return this;
        }

        /**
         * @param value one of predecessors in the COG, added to those set before
         * @return this builder
         */
        public Builder addReplaces(Lineage value) {
            replaces.add(value);
            return this;
        }

        /**
         * @param value predecessors in the COG, replacing those set before
         * @return this builder
         */
        public Builder replaces(List<Lineage> value) {
            replaces.clear();
            replaces.addAll(value);
            return this;
        }

        /**
         * @param value one of successors in the COG, added to those set before
         * @return this builder
         */
        public Builder addReplacedBy(Lineage value) {
            replacedBy.add(value);
            return this;
        }

        /**
         * @param value successors in the COG, replacing those set before
         * @return this builder
         */
        public Builder replacedBy(List<Lineage> value) {
            replacedBy.clear();
            replacedBy.addAll(value);
            return this;
        }

        /**
         * @param value first day of existence
         * @return this builder
         */
        public Builder validFrom(LocalDate value) {
            this.validFrom = value;
            return this;
        }

        /**
         * @param value last day of existence
         * @return this builder
         */
        public Builder validTo(LocalDate value) {
            this.validTo = value;
            return this;
        }

        /**
         * Builds the territory.
         *
         * @return the territory
         */
        public Territory build() {
            return new Territory(id, kind, code, name, legalType, identifiers, parents, members, population, replaces, replacedBy, validFrom, validTo);
        }
    }
}
