package org.maillage.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.function.Function;
import org.apiguardian.api.API;
import org.maillage.core.codelist.Coded;

/**
 * The official identifier schemes an entity can carry (closed codelist {@code identifier-scheme}).
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public enum IdentifierScheme implements Coded {
    /** INSEE COG code of a commune, commune déléguée or associée, or arrondissement municipal. */
    INSEE_COMMUNE("insee-commune", InseeCommuneCode::problem),
    /** INSEE COG code of a département. */
    INSEE_DEPARTEMENT("insee-departement", DepartementCode::problem),
    /** INSEE COG code of a région. */
    INSEE_REGION("insee-region", RegionCode::problem),
    /** SIREN of a legal unit. */
    SIREN("siren", Siren::problem),
    /** SIRET of an establishment. */
    SIRET("siret", Siret::problem),
    /** FINESS number of a legal entity (entité juridique). */
    FINESS_EJ("finess-ej", Finess::problem),
    /** FINESS number of a site (établissement, entité géographique). */
    FINESS_ET("finess-et", Finess::problem),
    /** RPPS number of a health professional. */
    RPPS("rpps", Rpps::problem),
    /** ADELI number of a health professional (being replaced by RPPS); shape only. */
    ADELI("adeli", v -> org.maillage.core.internal.Luhn.isDigits(v, 9) ? null : "expected 9 digits"),
    /** Code of a priority urban district (quartier prioritaire de la politique de la ville); shape only. */
    QPV("qpv", v -> v.matches("Q[PN][0-9A-Z]{6}") ? null : "expected QP or QN followed by 6 letters or digits");

    private final String code;
    private final Function<String, String> check;

    IdentifierScheme(String code, Function<String, String> check) {
        this.code = code;
        this.check = check;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Why a value is not valid in this scheme, or null when it is. The value is checked as it
     * stands: exchange files carry normalised values.
     *
     * @param value the value
     * @return a short English reason, or null
     */
    public String problem(String value) {
        if (value == null) {
            return "value is missing";
        }
        return check.apply(value);
    }
}
