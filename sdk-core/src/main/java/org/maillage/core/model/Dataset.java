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
        List<@Valid @NotNull ZoningDecision> zonings) {

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
                cast(byFamily.get(EntityFamily.ZONINGS)));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Entity> List<T> cast(List<Entity> list) {
        return (List<T>) (List<?>) list;
    }
}
