package org.maillage.core.codelist;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The category a zoning decision gives a territory (closed codelist {@code zone-category}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum ZoneCategory implements Coded {
    /** Zone d'intervention prioritaire: priority intervention zone. Doctors. A TVS with an APL below 2.5 must be ZIP. */
    ZIP("zip"),
    /** Zone d'action complémentaire: complementary action zone. Doctors. */
    ZAC("zac"),
    /** Zone de vigilance: watch zone. Doctors, in regions that use it. */
    ZV("zv"),
    /** Hors zonage: not classified. Doctors: neither ZIP nor ZAC. */
    NOT_CLASSIFIED("not-classified"),
    /** Zone très sous-dotée: very under-served zone. Other professions. */
    TRES_SOUS_DOTE("tres-sous-dote"),
    /** Zone sous-dotée: under-served zone. Other professions. */
    SOUS_DOTE("sous-dote"),
    /** Zone intermédiaire: intermediate zone. Other professions. */
    INTERMEDIAIRE("intermediaire"),
    /** Zone très dotée: well-served zone. Other professions. */
    TRES_DOTE("tres-dote"),
    /** Zone sur-dotée: over-served zone. Other professions; installation is regulated by convention. */
    SUR_DOTE("sur-dote"),
    /** Zone rouge: red zone. Doctors: an intercommunality where GPs from better-served areas hold consultation days (mission de solidarité territoriale, 2025); unit EPCI; legal basis unverified. */
    ZONE_ROUGE("zone-rouge");

    private final String code;

    ZoneCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
