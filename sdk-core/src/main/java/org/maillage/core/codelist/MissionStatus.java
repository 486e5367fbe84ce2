package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How far a CPTS mission has got (closed codelist {@code mission-status}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum MissionStatus implements Coded {
    /** Prévue: planned. */
    PLANNED("planned"),
    /** En cours de déploiement: in progress. */
    IN_PROGRESS("in-progress"),
    /** Déployée: deployed. */
    DEPLOYED("deployed"),
    /** Arrêtée: stopped. */
    STOPPED("stopped");

    private final String code;

    MissionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
