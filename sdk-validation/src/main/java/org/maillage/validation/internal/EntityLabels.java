package org.maillage.validation.internal;

/**
 * How messages cite an entity: by its name and its id, «Centre hospitalier d'Ajaccio
 * (org:finess-ej-2a0000014)», or a territory whose id is its kind and code by its name and code,
 * «Corse-du-Sud (2A)». An entity without a name is cited by its id alone. The same in both
 * languages: names and ids are not translated.
 */
public final class EntityLabels {
    private EntityLabels() {}

    /**
     * The label of an entity.
     *
     * @param id its id
     * @param name its name, or null
     * @param kind the code of its kind, or null
     * @param code its code, or null
     * @return the label
     */
    public static String of(String id, String name, String kind, String code) {
        if (name == null || name.isBlank()) {
            return id;
        }
        String ref = code != null && kind != null && id.equals(kind + ":" + code) ? code : id;
        return name + " (" + ref + ")";
    }
}
