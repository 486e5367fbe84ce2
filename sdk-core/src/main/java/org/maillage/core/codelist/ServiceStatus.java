package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The status of a service of a facility over a period (closed codelist {@code service-status}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ServiceStatus implements Coded {
    /** Ouvert: open. */
    OPEN("open"),
    /** Suspendu: suspended. Temporarily closed, for instance for lack of staff. */
    SUSPENDED("suspended"),
    /** Accès régulé: regulated access. Open only to patients referred by the medical regulation (SAMU-Centre 15), for instance an emergency department at night; not a closure. */
    REGULATED_ACCESS("regulated-access"),
    /** Fermé: closed. */
    CLOSED("closed"),
    /** Remplacé par des consultations avancées: replaced by advanced consultations. Closed, with consultations held on site by practitioners of another facility. */
    REPLACED_BY_ADVANCED_CONSULTATIONS("replaced-by-advanced-consultations");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
