package org.maillage.validation.internal.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.maillage.core.model.Contract;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Facility;
import org.maillage.core.model.FundingLine;
import org.maillage.core.model.IndicatorDefinition;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Membership;
import org.maillage.core.model.ZoningDecision;

/**
 * The one place that says which record components are references to other entities, to which
 * families, and at which date a reference speaks. The validator walks every record component of
 * every entity by reflection and asks this registry about each {@code String} or
 * {@code List<String>} component.
 *
 * <p>Rules, in order:
 * <ol>
 * <li>an explicit declaration for the record type and component ({@link #DECLARED});</li>
 * <li>a component named after a family's singular type ({@code territory}, {@code organization},
 *     {@code person}, {@code facility}…) refers to that family; one named after a family's array
 *     member ({@code territories}, a {@code List<String>}) refers to it too;</li>
 * <li>a component named {@code parent}, {@code predecessor} or {@code successor} refers to the
 *     family of the entity that holds it; a predecessor or successor is lineage, checked at no date
 *     (a renewed contract's predecessor has ended by the time the renewal starts).</li>
 * </ol>
 * A reference is checked at the date its holding record speaks of: the first of the components
 * named in {@link #DATE_COMPONENTS} that is set, else the holder's {@code validFrom}, else the
 * dataset's reference date.
 */
public final class References {
    private References() {}

    /** Where the target must be valid. */
    public enum Dating {
        /** At the date the holding record speaks of (see the class comment). */
        AT_HOLDER_DATE,
        /** Not at any date: the reference names something that may no longer exist (lineage). */
        UNDATED
    }

    /**
     * What a component refers to.
     *
     * @param families the target families; empty means the family of the referring entity
     * @param dating whether and when the target must be valid
     */
    public record Target(Set<EntityFamily> families, Dating dating) {
        /**
         * Copies the set.
         *
         * @param families the target families; empty means the family of the referring entity
         * @param dating whether and when the target must be valid
         */
        public Target {
            families = families.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(families));
        }
    }

    /**
     * Explicit declarations: record type, then component name, then target. Every id component not
     * named after a family (rule 2) nor after its own family (rule 3) must be declared here, or it
     * is never checked.
     */
    public static final Map<Class<? extends Record>, Map<String, Target>> DECLARED = Map.of(
            Lineage.class, Map.of("territory", new Target(Set.of(EntityFamily.TERRITORIES), Dating.UNDATED)),
            Facility.class, Map.of("commune", dated(EntityFamily.TERRITORIES)),
            Contract.class, Map.of("steeringCommittee", dated(EntityFamily.ORGANIZATIONS)),
            FundingLine.class, Map.of("funder", dated(EntityFamily.ORGANIZATIONS)),
            IndicatorDefinition.class, Map.of("producer", dated(EntityFamily.ORGANIZATIONS)),
            Membership.class, Map.of("onBehalfOf", dated(EntityFamily.ORGANIZATIONS)),
            ZoningDecision.class, Map.of("issuer", dated(EntityFamily.ORGANIZATIONS)));

    private static Target dated(EntityFamily family) {
        return new Target(Set.of(family), Dating.AT_HOLDER_DATE);
    }

    /** Components naming the same family as the entity that holds them. */
    public static final Set<String> SAME_FAMILY = Set.of("parent", "predecessor", "successor");

    /** Date components that say at which date a reference speaks, first set wins. */
    public static final List<String> DATE_COMPONENTS = List.of("signatureDate", "signedOn", "date", "validFrom");

    /**
     * What a component of a record refers to.
     *
     * @param holder the record type holding the component
     * @param component the component's name
     * @param isList whether the component is a {@code List<String>} (else a {@code String})
     * @return the target, or empty when the component is not a reference
     */
    public static Optional<Target> target(Class<?> holder, String component, boolean isList) {
        Map<String, Target> declared = DECLARED.get(holder);
        if (declared != null && declared.containsKey(component)) {
            return Optional.of(declared.get(component));
        }
        for (EntityFamily f : EntityFamily.values()) {
            if (!isList && f.type().equals(component) || isList && f.member().equals(component)) {
                return Optional.of(new Target(Set.of(f), Dating.AT_HOLDER_DATE));
            }
        }
        if (!isList && SAME_FAMILY.contains(component)) {
            return Optional.of(new Target(Set.of(), "parent".equals(component) ? Dating.AT_HOLDER_DATE : Dating.UNDATED));
        }
        return Optional.empty();
    }
}
