package org.maillage.imports;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Map;
import java.util.Optional;

/**
 * Rough bounding boxes of metropolitan France and of each overseas département or collectivity,
 * to tell a position converted with the wrong projection (Guadeloupe read as Lambert-93 lands in
 * the Gulf of Guinea) from a right one. Boxes are generous (a few kilometres around the land), so
 * a position outside its box is certainly wrong; one inside may still be wrong by less.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class FrenchAreas {
    private FrenchAreas() {}

    /** {min latitude, max latitude, min longitude, max longitude} per area code. */
    private static final Map<String, double[]> BOXES = Map.of(
            "metropole", new double[] {41.2, 51.2, -5.3, 9.7},
            "971", new double[] {15.7, 18.2, -63.2, -60.8},   // Guadeloupe, with Saint-Martin and Saint-Barthélemy
            "972", new double[] {14.3, 14.95, -61.3, -60.75},  // Martinique
            "973", new double[] {2.0, 5.9, -54.7, -51.5},      // Guyane
            "974", new double[] {-21.45, -20.8, 55.15, 55.9},  // La Réunion
            "975", new double[] {46.7, 47.2, -56.5, -56.1},    // Saint-Pierre-et-Miquelon
            "976", new double[] {-13.1, -12.55, 44.95, 45.35}, // Mayotte
            "977", new double[] {17.85, 17.99, -62.95, -62.75}, // Saint-Barthélemy
            "978", new double[] {18.0, 18.15, -63.2, -62.95});  // Saint-Martin

    private static final Map<String, String> NAMES = Map.of("metropole", "metropolitan France", "971", "Guadeloupe (971)",
            "972", "Martinique (972)", "973", "Guyane (973)", "974", "La Réunion (974)", "975", "Saint-Pierre-et-Miquelon (975)",
            "976", "Mayotte (976)", "977", "Saint-Barthélemy (977)", "978", "Saint-Martin (978)");

    /**
     * The name of an area, with its code: {@code Guadeloupe (971)}, {@code metropolitan France}.
     *
     * @param area an area from {@link #area(String)}
     * @return its name
     * @throws IllegalArgumentException for an unknown area
     */
    public static String name(String area) {
        String n = NAMES.get(area);
        if (n == null) {
            throw new IllegalArgumentException("no area " + area);
        }
        return n;
    }

    /**
     * The area of a département code: {@code metropole} for 01–95, 2A, 2B; the code itself for
     * 971–978.
     *
     * @param departement a département or collectivity code ({@code 2A}, {@code 971})
     * @return the area, or empty for a code of no known area
     */
    public static Optional<String> area(String departement) {
        if (departement == null) {
            return Optional.empty();
        }
        if (BOXES.containsKey(departement) && !departement.equals("metropole")) {
            return Optional.of(departement);
        }
        if (departement.matches("0[1-9]|[1-8][0-9]|9[0-5]|2[AB]")) {
            return Optional.of("metropole");
        }
        return Optional.empty();
    }

    /**
     * The département a French postal code belongs to, as far as its prefix says: 971–976 overseas
     * (Saint-Barthélemy 97133 and Saint-Martin 97150 under 971, as La Poste files them), the first
     * two digits elsewhere (20 for both Corsican départements).
     *
     * @param postalCode a postal code
     * @return the département or overseas code, or empty when the code is not five digits
     */
    public static Optional<String> departementOfPostalCode(String postalCode) {
        if (postalCode == null || !postalCode.matches("\\d{5}")) {
            return Optional.empty();
        }
        return Optional.of(postalCode.startsWith("97") ? postalCode.substring(0, 3) : postalCode.substring(0, 2));
    }

    /**
     * Whether a WGS84 position lies in the box of an area.
     *
     * @param area an area from {@link #area(String)}
     * @param latitude the latitude
     * @param longitude the longitude
     * @return whether it lies inside
     * @throws IllegalArgumentException for an unknown area
     */
    public static boolean contains(String area, double latitude, double longitude) {
        double[] b = BOXES.get(area);
        if (b == null) {
            throw new IllegalArgumentException("no area " + area);
        }
        return latitude >= b[0] && latitude <= b[1] && longitude >= b[2] && longitude <= b[3];
    }
}
