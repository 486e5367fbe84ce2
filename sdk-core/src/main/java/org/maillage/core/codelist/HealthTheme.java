package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A theme of a contract axis (closed codelist {@code health-theme}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum HealthTheme implements Coded {
    /** Accès aux soins: access to care. */
    ACCESS_TO_CARE("access-to-care"),
    /** Prévention et promotion de la santé: prevention and health promotion. */
    PREVENTION("prevention"),
    /** Santé mentale: mental health. */
    MENTAL_HEALTH("mental-health"),
    /** Santé environnementale: environmental health. */
    ENVIRONMENTAL_HEALTH("environmental-health"),
    /** Autonomie des personnes âgées: autonomy of the elderly. */
    ELDERLY_AUTONOMY("elderly-autonomy"),
    /** Handicap: disability. */
    DISABILITY("disability"),
    /** Addictions. */
    ADDICTIONS("addictions"),
    /** Nutrition et activité physique: nutrition and physical activity. */
    NUTRITION_PHYSICAL_ACTIVITY("nutrition-physical-activity"),
    /** Santé de la mère et de l'enfant: maternal and child health. */
    MATERNAL_CHILD_HEALTH("maternal-child-health"),
    /** Parcours de santé: care pathways. */
    CARE_PATHWAYS("care-pathways"),
    /** Attractivité pour les professionnels de santé: attractiveness for health professionals. Installation and retention of professionals. */
    PROFESSIONAL_ATTRACTIVENESS("professional-attractiveness"),
    /** Réduction des inégalités sociales et territoriales de santé: reducing health inequalities. */
    HEALTH_INEQUALITIES("health-inequalities"),
    /** Télésanté: telehealth. Telemedicine as a complement to local care. */
    TELEHEALTH("telehealth"),
    /** Gestion des crises sanitaires: health crisis management. */
    HEALTH_CRISIS("health-crisis"),
    /** Autre thème: other theme. */
    OTHER("other");

    private final String code;

    HealthTheme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
