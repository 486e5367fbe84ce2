package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.CodeRef;
import org.maillage.core.model.Coordinates;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Facility;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.Seeds;

/** Random valid datasets of every family survive JSON, both ways, and the canonical form is a fixed point. */
class RoundTripPropertiesTest {

    @Test
    void modelToJsonToModel_isIdentity() {
        Seeds.check(300, c -> modelToJsonToModel(new ModelGenerator(c).dataset()));
    }

    @Test
    void canonicalJson_survivesJsonToModelToJson_byteForByte() {
        Seeds.check(300, c -> canonicalJsonIsAFixedPoint(new ModelGenerator(c).dataset()));
    }

    @Test
    void ndjson_roundTrips() {
        Seeds.check(200, c -> ndjsonRoundTrips(new ModelGenerator(c).dataset()));
    }

    /** Found by the seeded properties (seed 25): a latitude of -0.0 was written "-0.0" and read back as 0.0. */
    @Test
    void issue13_negativeZeroCoordinates_surviveTheRoundTrips() {
        Facility f = new Facility("facility:1", "Centre", new CodeRef("finess-category", "355", null), List.of(), null, null, null, List.of(),
                new Coordinates(-0.0, -0.0), List.of(), List.of(), List.of(), List.of(), null, null);
        Dataset dataset = Dataset.of(DatasetHeader.of("ds", null), List.of(f));
        modelToJsonToModel(dataset);
        canonicalJsonIsAFixedPoint(dataset);
        ndjsonRoundTrips(dataset);
        String written = DatasetWriter.canonical().writeString(dataset);
        assertThat(written).contains("\"latitude\": 0.0").doesNotContain("-0.0");
        String withNegativeZero = written.replace("\"latitude\": 0.0", "\"latitude\": -0.0");
        assertThat(DatasetWriter.canonical().writeString(DatasetReader.standard().readString(withNegativeZero))).isEqualTo(written);
    }

    /** The three round trips on datasets drawn from the fuzz input. */
    @FuzzTest
    void roundTrips_holdForFuzzedDatasets(FuzzedDataProvider data) {
        Dataset dataset = new ModelGenerator(Choices.fuzzed(data)).dataset();
        modelToJsonToModel(dataset);
        canonicalJsonIsAFixedPoint(dataset);
        ndjsonRoundTrips(dataset);
    }

    static void modelToJsonToModel(Dataset dataset) {
        String json = DatasetWriter.canonical().writeString(dataset);
        assertThat(DatasetReader.standard().readString(json)).isEqualTo(dataset);
    }

    static void canonicalJsonIsAFixedPoint(Dataset dataset) {
        String json = DatasetWriter.canonical().writeString(dataset);
        String again = DatasetWriter.canonical().writeString(DatasetReader.standard().readString(json));
        assertThat(again).isEqualTo(json);
        assertThat(json).doesNotContain("\"wellOrdered\"", ": null");
    }

    static void ndjsonRoundTrips(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.canonical().write(dataset, out, DatasetFormat.NDJSON);
        Dataset back = DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.NDJSON);
        assertThat(back).isEqualTo(dataset);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\n\n");
    }
}
