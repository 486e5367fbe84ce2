package org.maillage.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The entity families of a dataset: each is one array of the JSON envelope, and one value of the
 * {@code type} member of an NDJSON line.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum EntityFamily {
    /** Territories: communes, EPCI, départements, health territories. */
    TERRITORIES("territories", "territory", Territory.class),
    /** Organisations: authorities, health actors, governance bodies. */
    ORGANIZATIONS("organizations", "organization", Organization.class),
    /** People who sit in bodies, sign or coordinate. */
    PEOPLE("people", "person", Person.class),
    /** Contracts: CLS, contrats territoriaux, CPOM, ACI CPTS, GHT conventions. */
    CONTRACTS("contracts", "contract", Contract.class),
    /** Facilities: FINESS establishments. */
    FACILITIES("facilities", "facility", Facility.class),
    /** Indicator definitions. */
    INDICATORS("indicators", "indicator", IndicatorDefinition.class),
    /** Observations: values of indicators. */
    OBSERVATIONS("observations", "observation", Observation.class),
    /** Zoning decisions of an ARS. */
    ZONINGS("zonings", "zoning", ZoningDecision.class),
    /** Plans and projects: PRS, PTSM, PTS, CPTS and GHT projects, local diagnoses. */
    PLANS("plans", "plan", Plan.class);

    private final String member;
    private final String type;
    private final Class<? extends Entity> javaType;

    EntityFamily(String member, String type, Class<? extends Entity> javaType) {
        this.member = member;
        this.type = type;
        this.javaType = javaType;
    }

    /**
     * The member of the dataset envelope holding this family's array.
     *
     * @return for example {@code territories}
     */
    public String member() {
        return member;
    }

    /**
     * The {@code type} of one entity of this family on an NDJSON line.
     *
     * @return for example {@code territory}
     */
    public String type() {
        return type;
    }

    /**
     * The record type of this family's entities.
     *
     * @return the class
     */
    public Class<? extends Entity> javaType() {
        return javaType;
    }

    /**
     * The family whose envelope member has this name.
     *
     * @param member the member name
     * @return the family, or null when no family has that member
     */
    public static EntityFamily ofMember(String member) {
        for (EntityFamily f : values()) {
            if (f.member.equals(member)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The family whose NDJSON type has this name.
     *
     * @param type the type
     * @return the family, or null when no family has that type
     */
    public static EntityFamily ofType(String type) {
        for (EntityFamily f : values()) {
            if (f.type.equals(type)) {
                return f;
            }
        }
        return null;
    }
}
