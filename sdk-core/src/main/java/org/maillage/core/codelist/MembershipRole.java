package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The role of a member in a body (closed codelist {@code membership-role}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum MembershipRole implements Coded {
    /** Président: chair. */
    PRESIDENT("president"),
    /** Vice-président: vice-chair. */
    VICE_PRESIDENT("vice-president"),
    /** Coprésident: co-chair. For example the préfet and the DG ARS in a CODAMUPS-TS. */
    CO_CHAIR("co-chair"),
    /** Membre: member. */
    MEMBER("member"),
    /** Suppléant: alternate. Sits in place of a full member who cannot attend. */
    ALTERNATE("alternate"),
    /** Secrétaire: secretary. */
    SECRETARY("secretary"),
    /** Trésorier: treasurer. */
    TREASURER("treasurer"),
    /** Coordinateur: coordinator. */
    COORDINATOR("coordinator"),
    /** Invité permanent: standing guest. Attends without being a member. */
    OBSERVER("observer");

    private final String code;

    MembershipRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
