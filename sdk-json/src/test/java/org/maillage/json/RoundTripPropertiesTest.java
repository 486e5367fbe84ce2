package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillage.core.model.Dataset;
import org.maillage.core.testkit.ModelArbitraries;

/** Random valid datasets of every family survive JSON, both ways, and the canonical form is a fixed point. */
class RoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Property(tries = 300)
    void modelToJsonToModel_isIdentity(@ForAll("datasets") Dataset dataset) {
        String json = DatasetWriter.canonical().writeString(dataset);
        assertThat(DatasetReader.standard().readString(json)).isEqualTo(dataset);
    }

    @Property(tries = 300)
    void canonicalJson_survivesJsonToModelToJson_byteForByte(@ForAll("datasets") Dataset dataset) {
        String json = DatasetWriter.canonical().writeString(dataset);
        String again = DatasetWriter.canonical().writeString(DatasetReader.standard().readString(json));
        assertThat(again).isEqualTo(json);
        assertThat(json).doesNotContain("\"wellOrdered\"", ": null");
    }

    @Property(tries = 200)
    void ndjson_roundTrips(@ForAll("datasets") Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.canonical().write(dataset, out, DatasetFormat.NDJSON);
        Dataset back = DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.NDJSON);
        assertThat(back).isEqualTo(dataset);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\n\n");
    }
}
