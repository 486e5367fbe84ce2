package org.maillage.core.diff;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.maillage.core.model.Amendment;
import org.maillage.core.model.Capacity;
import org.maillage.core.model.ContactPoint;
import org.maillage.core.model.ContractAction;
import org.maillage.core.model.ContractAxis;
import org.maillage.core.model.ContractParty;
import org.maillage.core.model.FacilityLabel;
import org.maillage.core.model.FacilityService;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.GhtMember;
import org.maillage.core.model.GhtMembership;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Membership;
import org.maillage.core.model.Mission;
import org.maillage.core.model.PlanDecision;
import org.maillage.core.model.Population;
import org.maillage.core.model.ServiceStatusPeriod;
import org.maillage.core.model.TerritoryLink;
import org.maillage.core.model.ZoneAssignment;

/**
 * The identity of each record type that appears in collections: the components that say "this is
 * the same item" in two versions of a dataset, so that items are matched by identity and never by
 * their position. Declared here, in one place, for every type of the model.
 *
 * <p>A record type without a declared identity, and any value that is not a record (strings,
 * codes, dates), is matched by its whole value: an item that changes is then a removal and an
 * addition. Duplicates (two items with the same identity) are matched pairwise in order.
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class Identities {

    private static final Identities STANDARD = new Identities(Map.of())
            .with(TerritoryLink.class, "territory")
            .with(Identifier.class, "scheme", "value")
            .with(Population.class, "year", "kind")
            .with(Lineage.class, "code")
            // As documented in each record's Javadoc ("Identity in its collection").
            .with(Membership.class, "person", "organization", "office", "role", "college")
            .with(ContractParty.class, "organization")
            .with(Amendment.class, "number")
            .with(ContractAxis.class, "code")
            .with(ContractAction.class, "code")
            .with(FundingLine.class, "funder", "year", "axis")
            .with(ContactPoint.class, "system", "value")
            .with(FacilityService.class, "service")
            .with(ServiceStatusPeriod.class, "validFrom")
            .with(FacilityLabel.class, "label", "validFrom")
            .with(Capacity.class, "kind", "validFrom")
            .with(GhtMembership.class, "organization")
            .with(GhtMember.class, "organization")
            .with(Mission.class, "mission")
            .with(ZoneAssignment.class, "territory")
            .with(PlanDecision.class, "organization", "kind");

    private final Map<Class<?>, int[]> keys;

    private Identities(Map<Class<?>, int[]> keys) {
        this.keys = keys;
    }

    /**
     * The identities of the Maillage model.
     *
     * @return the standard registry
     */
    public static Identities standard() {
        return STANDARD;
    }

    /**
     * No declared identity: every collection item is matched by its whole value.
     *
     * @return an empty registry
     */
    public static Identities none() {
        return new Identities(Map.of());
    }

    /**
     * A copy with one more (or another) identity.
     *
     * @param type a record type
     * @param components the names of the components that identify an item, at least one
     * @return the copy
     * @throws IllegalArgumentException when the type is not a record or has no such component
     */
    public Identities with(Class<? extends Record> type, String... components) {
        Objects.requireNonNull(type, "type");
        if (components.length == 0) {
            throw new IllegalArgumentException("an identity needs at least one component");
        }
        Records.Shape shape = Records.shape(type);
        int[] idx = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            idx[i] = shape.index(components[i], type, components[i]);
        }
        Map<Class<?>, int[]> copy = new LinkedHashMap<>(keys);
        copy.put(type, idx);
        return new Identities(Collections.unmodifiableMap(copy));
    }

    /**
     * The identity of a type.
     *
     * @param type a record type
     * @return the component names, or an empty list when items of that type are matched by value
     */
    public List<String> of(Class<?> type) {
        int[] idx = keys.get(type);
        if (idx == null) {
            return List.of();
        }
        Records.Shape shape = Records.shape(type);
        return Arrays.stream(idx).mapToObj(i -> shape.names[i]).toList();
    }

    /** The key an item is matched by: its identity components, or the item itself. */
    Object keyOf(Object item) {
        int[] idx = item == null ? null : keys.get(item.getClass());
        if (idx == null) {
            return item;
        }
        Object[] key = new Object[idx.length + 1];
        key[0] = item.getClass();
        for (int i = 0; i < idx.length; i++) {
            key[i + 1] = Records.get(item, idx[i]);
        }
        return Arrays.asList(key);
    }
}
