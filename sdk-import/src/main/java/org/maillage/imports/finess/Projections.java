package org.maillage.imports.finess;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.Proj4jException;

/**
 * The projections of the FINESS {@code geolocalisation} lines and their conversion to WGS84 with
 * proj4j. Not thread-safe (proj4j transforms keep state): one per import run.
 *
 * <p>The projection is named in the {@code source} text, as {@code EPSG:2154} in recent extracts
 * or by the older spellings {@code LAMBERT_93}, {@code UTM_N20} (Antilles), {@code UTM_N21}
 * (Saint-Pierre-et-Miquelon), {@code UTM_N22} (Guyane), {@code UTM_S40} (La Réunion) and
 * {@code UTM_S38} (Mayotte). The projections FINESS uses are defined here by their PROJ
 * parameters, equal to proj4j-epsg's (a test proves it), so that the conversion does not depend on
 * reading proj4j-epsg's resource file, which a named module cannot see; another EPSG code is looked
 * up in that file when it is on the class path.
 */
final class Projections {

    /** PROJ parameters of the projections FINESS uses, by EPSG code. */
    static final Map<Integer, String> KNOWN = Map.of(
            2154, "+proj=lcc +lat_1=49 +lat_2=44 +lat_0=46.5 +lon_0=3 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            5490, "+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            4467, "+proj=utm +zone=21 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            2972, "+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            2975, "+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            4471, "+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            4326, "+proj=longlat +datum=WGS84 +no_defs");

    /** The older spellings of the source text, by EPSG code. */
    static final Map<String, Integer> NAMES = Map.of(
            "LAMBERT_93", 2154, "LAMBERT93", 2154,
            "UTM_N20", 5490, "UTM_N21", 4467, "UTM_N22", 2972, "UTM_S40", 2975, "UTM_S38", 4471,
            "WGS84", 4326);

    private static final Pattern EPSG = Pattern.compile("EPSG\\s*:\\s*(\\d{4,6})", Pattern.CASE_INSENSITIVE);

    private final CRSFactory crs = new CRSFactory();
    private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();
    private final CoordinateReferenceSystem wgs84 = crs.createFromParameters("EPSG:4326", KNOWN.get(4326));
    private final Map<Integer, CoordinateTransform> cache = new java.util.HashMap<>();

    /**
     * The EPSG code a source text names.
     *
     * @param source the {@code source} field of a {@code geolocalisation} line
     * @return the code, or empty when the text names no projection
     */
    static OptionalInt epsg(String source) {
        Matcher m = EPSG.matcher(source);
        if (m.find()) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        for (String token : source.toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
            Integer code = NAMES.get(token);
            if (code != null) {
                return OptionalInt.of(code);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Converts a position to WGS84.
     *
     * @param epsg the EPSG code of the position
     * @param x easting (longitude for EPSG:4326)
     * @param y northing (latitude for EPSG:4326)
     * @return {latitude, longitude}
     * @throws IllegalArgumentException when the code is not a projection proj4j knows
     */
    double[] toWgs84(int epsg, double x, double y) {
        CoordinateTransform t = cache.computeIfAbsent(epsg, this::transform);
        ProjCoordinate out = new ProjCoordinate();
        try {
            t.transform(new ProjCoordinate(x, y), out);
        } catch (Proj4jException e) {
            throw new IllegalArgumentException("cannot convert " + x + " " + y + " from EPSG:" + epsg + ": " + e.getMessage(), e);
        }
        return new double[] {out.y, out.x};
    }

    /**
     * Whether a projection can be used.
     *
     * @param epsg the EPSG code
     * @return whether it is defined here or in proj4j-epsg
     */
    boolean supports(int epsg) {
        try {
            cache.computeIfAbsent(epsg, this::transform);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private CoordinateTransform transform(int epsg) {
        CoordinateReferenceSystem source;
        String params = KNOWN.get(epsg);
        try {
            source = params != null ? crs.createFromParameters("EPSG:" + epsg, params) : crs.createFromName("EPSG:" + epsg);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("EPSG:" + epsg + " is not a projection proj4j knows", e);
        }
        if (source == null) {
            throw new IllegalArgumentException("EPSG:" + epsg + " is not a projection proj4j knows");
        }
        return transforms.createTransform(source, wgs84);
    }
}
