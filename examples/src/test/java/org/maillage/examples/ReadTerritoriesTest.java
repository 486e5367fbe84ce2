package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadTerritoriesTest {

    /** Tests run in the module folder. */
    static final Path SAMPLE = Path.of("data", "ariege.json");

    private static String run(String epci, int expectedCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ReadTerritories.run(SAMPLE, epci, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isEqualTo(expectedCode);
        return out;
    }

    @Test
    void readTerritories_countsTheKindsOfTheSampleAndListsTheCommunesOfOneEpci() {
        String out = run(ReadTerritories.DEFAULT_EPCI, 0);
        assertThat(out).contains(
                "commune                       325\n",
                "commune-deleguee               12\n",
                "commune-associee                1\n",
                "epci                            8\n",
                "departement                     1\n",
                "region                          1\n",
                "CC de la Haute Ariège (CC, SIREN 200066363), 51 communes, population 7161 (2022):\n",
                "  09032  Ax-les-Thermes                       1285\n",
                "  09088  Caychax-et-Senconac                    20\n");
    }

    @Test
    void readTerritories_saysWhenTheEpciIsNotInTheDataset() {
        assertThat(run("epci:000000000", 1)).contains("no EPCI epci:000000000 in data/ariege.json");
    }
}
