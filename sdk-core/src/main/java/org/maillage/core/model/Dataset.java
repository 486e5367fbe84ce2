package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.internal.Lists;

/**
 * A whole dataset in memory: its envelope and one list of entities per family. For files too large
 * to hold, read them entity by entity with the streaming reader of {@code maillage-json} instead.
 *
 * @param header the envelope
 * @param territories the territories
 * @param organizations the organisations
 * @param people the people who sit in bodies, sign or coordinate
 * @param contracts the contracts
 * @param facilities the facilities
 * @param indicators the indicator definitions
 * @param observations the observations
 * @param zonings the zoning decisions of an ARS
 * @param plans the plans and projects
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public record Dataset(
        @Valid @NotNull DatasetHeader header,
        List<@Valid @NotNull Territory> territories,
        List<@Valid @NotNull Organization> organizations,
        List<@Valid @NotNull Person> people,
        List<@Valid @NotNull Contract> contracts,
        List<@Valid @NotNull Facility> facilities,
        List<@Valid @NotNull IndicatorDefinition> indicators,
        List<@Valid @NotNull Observation> observations,
        List<@Valid @NotNull ZoningDecision> zonings,
        List<@Valid @NotNull Plan> plans) {

    /**
     * Requires the header; null lists become empty.
     *
     * @param header the envelope
     * @param territories the territories
     * @param organizations the organisations
     * @param people the people who sit in bodies, sign or coordinate
     * @param contracts the contracts
     * @param facilities the facilities
     * @param indicators the indicator definitions
     * @param observations the observations
     * @param zonings the zoning decisions of an ARS
     * @param plans the plans and projects
     */
    public Dataset {
        Objects.requireNonNull(header, "header");
        territories = Lists.copy(territories);
        organizations = Lists.copy(organizations);
        people = Lists.copy(people);
        contracts = Lists.copy(contracts);
        facilities = Lists.copy(facilities);
        indicators = Lists.copy(indicators);
        observations = Lists.copy(observations);
        zonings = Lists.copy(zonings);
        plans = Lists.copy(plans);
    }

    /**
     * The entities of one family.
     *
     * @param family the family
     * @return its entities, in file order
     */
    public List<? extends Entity> entities(EntityFamily family) {
        return switch (family) {
            case TERRITORIES -> territories;
            case ORGANIZATIONS -> organizations;
            case PEOPLE -> people;
            case CONTRACTS -> contracts;
            case FACILITIES -> facilities;
            case INDICATORS -> indicators;
            case OBSERVATIONS -> observations;
            case ZONINGS -> zonings;
            case PLANS -> plans;
        };
    }

    /**
     * Every entity of every family, family by family in {@link EntityFamily} order.
     *
     * @return the entities
     */
    public List<Entity> allEntities() {
        List<Entity> all = new ArrayList<>();
        for (EntityFamily f : EntityFamily.values()) {
            all.addAll(entities(f));
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Builds a dataset from entities of any family, keeping their order within each family.
     *
     * @param header the envelope
     * @param entities the entities
     * @return the dataset
     */
    public static Dataset of(DatasetHeader header, Iterable<? extends Entity> entities) {
        Map<EntityFamily, List<Entity>> byFamily = new EnumMap<>(EntityFamily.class);
        for (EntityFamily f : EntityFamily.values()) {
            byFamily.put(f, new ArrayList<>());
        }
        for (Entity e : entities) {
            byFamily.get(e.family()).add(e);
        }
        return new Dataset(header,
                cast(byFamily.get(EntityFamily.TERRITORIES)),
                cast(byFamily.get(EntityFamily.ORGANIZATIONS)),
                cast(byFamily.get(EntityFamily.PEOPLE)),
                cast(byFamily.get(EntityFamily.CONTRACTS)),
                cast(byFamily.get(EntityFamily.FACILITIES)),
                cast(byFamily.get(EntityFamily.INDICATORS)),
                cast(byFamily.get(EntityFamily.OBSERVATIONS)),
                cast(byFamily.get(EntityFamily.ZONINGS)),
                cast(byFamily.get(EntityFamily.PLANS)));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> List<T> cast(List<Entity> list) {
        return (List<T>) (List<?>) list;
    }

    /**
     * A builder for a {@link Dataset} with its required members.
     *
     * @param header the envelope
     * @return a builder
     */
    public static Builder builder(DatasetHeader header) {
        Builder b = new Builder();
        b.header = header;
        return b;
    }

    /**
     * A builder holding this dataset's members, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.header = header;
        b.territories.addAll(territories);
        b.organizations.addAll(organizations);
        b.people.addAll(people);
        b.contracts.addAll(contracts);
        b.facilities.addAll(facilities);
        b.indicators.addAll(indicators);
        b.observations.addAll(observations);
        b.zonings.addAll(zonings);
        b.plans.addAll(plans);
        return b;
    }

    /**
     * Builds a {@link Dataset}; not thread-safe, used once.
     *
     * @since 0.1.0
     */
    @API(status = STABLE, since = "0.1.0")
    public static final class Builder {
        private DatasetHeader header;
        private final List<Territory> territories = new ArrayList<>();
        private final List<Organization> organizations = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Contract> contracts = new ArrayList<>();
        private final List<Facility> facilities = new ArrayList<>();
        private final List<IndicatorDefinition> indicators = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();
        private final List<ZoningDecision> zonings = new ArrayList<>();
        private final List<Plan> plans = new ArrayList<>();

        private Builder() {}

        /**
         * @param value the envelope
         * @return this builder
         */
        public Builder header(DatasetHeader value) {
            this.header = value;
            return this;
        }

        /**
         * @param value one of the territories, added to those set before
         * @return this builder
         */
        public Builder addTerritory(Territory value) {
            territories.add(value);
            return this;
        }

        /**
         * @param value the territories, replacing those set before
         * @return this builder
         */
        public Builder territories(List<Territory> value) {
            territories.clear();
            territories.addAll(value);
            return this;
        }

        /**
         * @param value one of the organisations, added to those set before
         * @return this builder
         */
        public Builder addOrganization(Organization value) {
            organizations.add(value);
            return this;
        }

        /**
         * @param value the organisations, replacing those set before
         * @return this builder
         */
        public Builder organizations(List<Organization> value) {
            organizations.clear();
            organizations.addAll(value);
            return this;
        }

        /**
         * @param value one of the people who sit in bodies, sign or coordinate, added to those set before
         * @return this builder
         */
        public Builder addPerson(Person value) {
            people.add(value);
            return this;
        }

        /**
         * @param value the people who sit in bodies, sign or coordinate, replacing those set before
         * @return this builder
         */
        public Builder people(List<Person> value) {
            people.clear();
            people.addAll(value);
            return this;
        }

        /**
         * @param value one of the contracts, added to those set before
         * @return this builder
         */
        public Builder addContract(Contract value) {
            contracts.add(value);
            return this;
        }

        /**
         * @param value the contracts, replacing those set before
         * @return this builder
         */
        public Builder contracts(List<Contract> value) {
            contracts.clear();
            contracts.addAll(value);
            return this;
        }

        /**
         * @param value one of the facilities, added to those set before
         * @return this builder
         */
        public Builder addFacility(Facility value) {
            facilities.add(value);
            return this;
        }

        /**
         * @param value the facilities, replacing those set before
         * @return this builder
         */
        public Builder facilities(List<Facility> value) {
            facilities.clear();
            facilities.addAll(value);
            return this;
        }

        /**
         * @param value one of the indicator definitions, added to those set before
         * @return this builder
         */
        public Builder addIndicator(IndicatorDefinition value) {
            indicators.add(value);
            return this;
        }

        /**
         * @param value the indicator definitions, replacing those set before
         * @return this builder
         */
        public Builder indicators(List<IndicatorDefinition> value) {
            indicators.clear();
            indicators.addAll(value);
            return this;
        }

        /**
         * @param value one of the observations, added to those set before
         * @return this builder
         */
        public Builder addObservation(Observation value) {
            observations.add(value);
            return this;
        }

        /**
         * @param value the observations, replacing those set before
         * @return this builder
         */
        public Builder observations(List<Observation> value) {
            observations.clear();
            observations.addAll(value);
            return this;
        }

        /**
         * @param value one of the zoning decisions of an ARS, added to those set before
         * @return this builder
         */
        public Builder addZoning(ZoningDecision value) {
            zonings.add(value);
            return this;
        }

        /**
         * @param value the zoning decisions of an ARS, replacing those set before
         * @return this builder
         */
        public Builder zonings(List<ZoningDecision> value) {
            zonings.clear();
            zonings.addAll(value);
            return this;
        }

        /**
         * @param value one of the plans and projects, added to those set before
         * @return this builder
         */
        public Builder addPlan(Plan value) {
            plans.add(value);
            return this;
        }

        /**
         * @param value the plans and projects, replacing those set before
         * @return this builder
         */
        public Builder plans(List<Plan> value) {
            plans.clear();
            plans.addAll(value);
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the dataset
         */
        public Dataset build() {
            return new Dataset(header, territories, organizations, people, contracts, facilities, indicators, observations, zonings, plans);
        }
    }
}
