package org.maillage.validation.certify;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A conformance level. Each level runs the validation layers of the levels below it plus its
 * own, and is reached when no unwaived finding of a blocking priority remains in those layers:
 * priority mandatory for every level, and priority recommended too for {@link #POLICY}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Level {
    /** No level reached: the file does not even have the structure of a dataset. */
    NONE(0, List.of(), "no level", "aucun niveau",
            "The files do not reach level 1: they cannot be read, or do not follow the schemas.",
            "Les fichiers n'atteignent pas le niveau 1 : ils sont illisibles ou ne suivent pas les schémas."),
    /** Level 1, structure: the files read as datasets and follow the JSON Schemas. */
    STRUCTURE(1, List.of("read", "schema"), "structure", "structure",
            "The files are well-formed JSON within the read limits and follow the published JSON Schemas.",
            "Les fichiers sont du JSON bien formé, dans les limites de lecture, et suivent les schémas JSON publiés."),
    /** Level 2, consistency: level 1 plus the constraints of the model and the references between entities. */
    CONSISTENCY(2, List.of("read", "schema", "constraints", "references"), "consistency", "cohérence",
            "Level 1, and every value meets the constraints of the model (check digits, dates, ranges) and every"
                    + " reference resolves to an entity of the right kind, valid at the date it speaks of.",
            "Niveau 1, et chaque valeur respecte les contraintes du modèle (clés de contrôle, dates, bornes) et"
                    + " chaque référence désigne une entité du bon type, valide à la date concernée."),
    /** Level 3, policy: level 2 plus the regulatory rules and the recommended rules of a named profile. */
    POLICY(3, List.of("read", "schema", "constraints", "references", "rules"), "policy", "politique",
            "Level 2, and the regulatory rules and the recommended rules of the named profile hold:"
                    + " no mandatory or recommended finding remains unwaived.",
            "Niveau 2, et les règles réglementaires et les règles recommandées du profil nommé sont respectées :"
                    + " aucun constat obligatoire ou recommandé ne reste sans dérogation.");

    private final int number;
    private final List<String> layers;
    private final String nameEn;
    private final String nameFr;
    private final String meaningEn;
    private final String meaningFr;

    Level(int number, List<String> layers, String nameEn, String nameFr, String meaningEn, String meaningFr) {
        this.number = number;
        this.layers = layers;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.meaningEn = meaningEn;
        this.meaningFr = meaningFr;
    }

    /** @return the number written in certificates: 0 to 3 */
    public int number() {
        return number;
    }

    /** @return the codes of the validation layers this level runs, in pipeline order */
    public List<String> layers() {
        return layers;
    }

    /** @return the English name, for example {@code consistency} */
    public String nameEn() {
        return nameEn;
    }

    /** @return the French name, for example {@code cohérence} */
    public String nameFr() {
        return nameFr;
    }

    /** @return what reaching this level means, in English */
    public String meaningEn() {
        return meaningEn;
    }

    /** @return what reaching this level means, in French */
    public String meaningFr() {
        return meaningFr;
    }

    /**
     * The level of a number.
     *
     * @param number 0 to 3
     * @return the level
     * @throws IllegalArgumentException for any other number
     */
    public static Level of(int number) {
        for (Level l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new IllegalArgumentException("no certification level " + number + " (levels are 0 to 3)");
    }

    /**
     * The lowest level whose checks include a validation layer.
     *
     * @param layer a layer code: {@code read}, {@code schema}, {@code constraints},
     *     {@code references} or {@code rules} (case ignored)
     * @return the level, never {@link #NONE}
     * @throws IllegalArgumentException for an unknown layer
     */
    public static Level ofLayer(String layer) {
        String code = layer.toLowerCase(Locale.ROOT);
        for (Level l : values()) {
            if (l.layers.contains(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown validation layer '" + layer + "'");
    }
}
