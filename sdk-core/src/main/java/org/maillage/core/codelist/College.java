package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The college a member of a body sits in (closed codelist {@code college}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum College implements Coded {
    /** Collège des collectivités territoriales: local authorities college. Elected representatives of communes, EPCI, département, région (college 1 of a hospital supervisory board). */
    LOCAL_AUTHORITIES("local-authorities"),
    /** Collège des représentants du personnel: staff college. College 2 of a hospital supervisory board: medical and non-medical staff. */
    STAFF("staff"),
    /** Collège des personnalités qualifiées: qualified persons college. College 3 of a hospital supervisory board, including users' representatives. */
    QUALIFIED_PERSONS("qualified-persons"),
    /** Collège des professionnels et offreurs de santé: health professionals and providers college. */
    HEALTH_PROVIDERS("health-providers"),
    /** Collège des usagers: users college. Users and patients' associations. */
    USERS("users"),
    /** Collège de l'État et des organismes de sécurité sociale: state and social security college. */
    STATE_AND_SOCIAL_SECURITY("state-and-social-security"),
    /** Autre collège: other college. */
    OTHER("other");

    private final String code;

    College(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
