package org.maillage.imports.finess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Positions converted by proj4j are within 1 m of PROJ's own conversion. The expected values were
 * computed with PROJ 9.1.1 ({@code cs2cs -f '%.9f' EPSG:<code> EPSG:4326}, Debian bookworm's
 * proj-bin); the first five points are the geolocalisation lines of real establishments of the
 * FINESS fixture (Ambérieu-en-Bugey, Ajaccio, Les Abymes, Fort-de-France, Réunion), the others points
 * inside Guyane, Mayotte and Saint-Pierre-et-Miquelon.
 */
class ProjectionsTest {

    @ParameterizedTest(name = "EPSG:{0} {1} {2}")
    @CsvSource({
        "2154, 882723.9, 6542587.8, 45.958430219, 5.359557992",
        "2154, 1176350.1, 6108673.5, 41.922992923, 8.735140850",
        "5490, 657357.5, 1795392.7, 16.234071898, -61.527664489",
        "5490, 697059.9, 1626621.7, 14.706124686, -61.169761078",
        "2975, 341665.9, 7639914.7, -21.335848300, 55.473205930",
        "2972, 350000, 550000, 4.974507627, -52.352950032",
        "4471, 515000, 8585000, -12.799795155, 45.138213533",
        "4467, 560000, 5190000, 46.860833582, -56.212831908",
    })
    void toWgs84_isWithinOneMetreOfProj(int epsg, double x, double y, double latitude, double longitude) {
        double[] p = new Projections().toWgs84(epsg, x, y);
        assertThat(metres(p[0], p[1], latitude, longitude)).as("distance to PROJ, in metres").isLessThan(1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93', 2154",
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20', 5490",
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22', 2972",
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40', 2975",
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S38', 4471",
        "'1,ATLASANTE,100,IGN,BD_ADRESSE,V3.0,EPSG:2154', 2154",
        "'ATLASANTE epsg: 5490', 5490",
    })
    void epsg_readsTheProjectionTheSourceNames(String source, int expected) {
        assertThat(Projections.epsg(source)).hasValue(expected);
    }

    @Test
    void epsg_isEmpty_forASourceThatNamesNoProjection() {
        assertThat(Projections.epsg("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,GAUSS_LABORDE")).isEmpty();
    }

    @Test
    void knownParameters_equalProj4jEpsgDefinitions() throws IOException {
        String epsg;
        try (InputStream in = Projections.class.getResourceAsStream("/proj4/nad/epsg")) {
            assertThat(in).as("proj4j-epsg on the test class path").isNotNull();
            epsg = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        for (Map.Entry<Integer, String> e : Projections.KNOWN.entrySet()) {
            assertThat(epsg).as("EPSG:%d", e.getKey()).contains("<" + e.getKey() + "> " + e.getValue() + "  <>");
        }
    }

    private static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return 6_371_000 * Math.hypot(dLat, dLon);
    }
}
