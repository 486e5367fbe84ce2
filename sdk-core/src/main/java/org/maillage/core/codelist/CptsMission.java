package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A mission of a CPTS under the ACI (closed codelist {@code cpts-mission}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum CptsMission implements Coded {
    /** Accès aux soins: access to care. Core mission: finding a médecin traitant, unscheduled care. */
    ACCESS_TO_CARE("access-to-care"),
    /** Parcours pluriprofessionnels: multi-professional care pathways. Core mission. */
    CARE_PATHWAYS("care-pathways"),
    /** Prévention: prevention. Core mission. */
    PREVENTION("prevention"),
    /** Réponse aux crises sanitaires graves: health crisis response. Core mission. */
    HEALTH_CRISIS("health-crisis"),
    /** Qualité et pertinence des soins: quality and relevance of care. Optional mission. */
    QUALITY_RELEVANCE("quality-relevance"),
    /** Accompagnement des professionnels de santé: support to health professionals. Optional mission: attractiveness of the territory, installation. */
    PROFESSIONAL_SUPPORT("professional-support");

    private final String code;

    CptsMission(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
