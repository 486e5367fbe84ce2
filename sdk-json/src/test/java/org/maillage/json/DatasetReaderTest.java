package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.InvalidDataException;
import org.maillage.core.codelist.CogEvent;
import org.maillage.core.codelist.EpciLegalType;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.id.Finess;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.Lineage;
import org.maillage.core.model.Population;
import org.maillage.core.model.Publisher;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.internal.DatasetHandler;
import org.maillage.json.internal.EntityNode;
import org.maillage.json.internal.ReadProblem;
import org.maillage.json.internal.StreamingReader;

class DatasetReaderTest {

    static Dataset sample() {
        DatasetHeader header = DatasetHeader.of("test-25", "Doubs")
                .withPublisher(Publisher.named("ARS Bourgogne-Franche-Comté"))
                .withDates(Instant.parse("2026-01-15T10:00:00Z"), LocalDate.of(2026, 1, 1))
                .withGeography("COG2026", "Licence Ouverte 2.0");
        Territory region = Territory.builder("region:27", TerritoryKind.REGION, "27", "Bourgogne-Franche-Comté").build();
        Territory dep = Territory.builder("departement:25", TerritoryKind.DEPARTEMENT, "25", "Doubs")
                .addParent(TerritoryLink.to("region:27")).build();
        Territory besancon = Territory.builder("commune:25056", TerritoryKind.COMMUNE, "25056", "Besançon")
                .addIdentifier(Identifier.of(IdentifierScheme.SIREN, "212500565"))
                .addParent(TerritoryLink.to("departement:25"))
                .addParent(TerritoryLink.to("region:27"))
                .addPopulation(new Population(120_057, 2023, PopulationKind.MUNICIPALE))
                .addReplaces(new Lineage("25412", null, CogEvent.COMMUNE_NOUVELLE, LocalDate.of(2025, 1, 1)))
                .build();
        Territory epci = Territory.builder("epci:242500361", TerritoryKind.EPCI, "242500361", "Grand Besançon Métropole")
                .legalType(EpciLegalType.METRO)
                .addMember(new TerritoryLink("commune:25056", LocalDate.of(2019, 7, 1), null))
                .build();
        return Dataset.of(header, List.of(region, dep, besancon, epci));
    }

    @Test
    void roundTrip_modelToJsonToModel_andCanonicalBytesAreStable() {
        Dataset d = sample();
        String json = DatasetWriter.canonical().writeString(d);
        Dataset back = DatasetReader.standard().readString(json);
        assertThat(back).isEqualTo(d);
        assertThat(DatasetWriter.canonical().writeString(back)).isEqualTo(json);
        assertThat(json).startsWith("{\n  \"$schema\": \"https://schemas.maillage.org/1.0/dataset.schema.json\",\n  \"schemaVersion\": \"1.0.0\",");
        assertThat(json).contains("\"kind\": \"epci\"", "\"legalType\": \"METRO\"", "\"event\": \"32\"", "\"validFrom\": \"2019-07-01\"");
        assertThat(json).doesNotContain("null", "\"identifiers\": []");
        assertThat(json).endsWith("}\n");
    }

    @Test
    void ndjson_roundTrip() {
        Dataset d = sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.canonical().write(d, out, DatasetFormat.NDJSON);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(5);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("{\"type\":\"dataset\",\"$schema\"");
        Dataset back = DatasetReader.standard().read(new ByteArrayInputStream(out.toByteArray()), DatasetFormat.NDJSON);
        assertThat(back).isEqualTo(d);
    }

    @Test
    void ndjson_brokenLineIsAProblemAndReadingGoesOn() {
        String text = "{\"type\":\"dataset\",\"schemaVersion\":\"1.0.0\",\"id\":\"x\"}\n"
                + "{\"type\":\"territory\",\"id\":\"region:27\",\"kind\":\"region\",\"code\":\"27\",\"name\":\"B\"}\n"
                + "{\"type\":\"territory\",\"id\": oops}\n"
                + "{\"type\":\"planet\",\"id\":\"p\"}\n"
                + "{\"type\":\"territory\",\"id\":\"region:28\",\"kind\":\"region\",\"code\":\"28\",\"name\":\"N\"}\n";
        List<ReadProblem> problems = new ArrayList<>();
        List<EntityNode> entities = new ArrayList<>();
        StreamingReader.standard().scan(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DatasetFormat.NDJSON,
                new DatasetHandler() {
                    @Override
                    public void entity(EntityNode entity) {
                        entities.add(entity);
                    }

                    @Override
                    public void problem(ReadProblem problem) {
                        problems.add(problem);
                    }
                });
        assertThat(entities).extracting(EntityNode::id).containsExactly("region:27", "region:28");
        assertThat(entities.get(1).start().line()).isEqualTo(5);
        assertThat(problems).extracting(ReadProblem::code).containsExactly("read.malformed", "read.ndjson-unknown-type");
        assertThat(problems.get(0).position().line()).isEqualTo(3);
        assertThat(problems.get(0).position().column()).isGreaterThan(1);
    }

    @Test
    void malformedJson_givesLineAndColumn() {
        String json = "{\n  \"schemaVersion\": \"1.0.0\",\n  \"id\": \"x\",\n  \"territories\": [\n    {\"id\": tru}\n  ]\n}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(json))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.column()).isGreaterThan(5);
                    assertThat(e.getMessage()).contains("Unrecognized token");
                });
    }

    @Test
    void deepNesting_isALimitFindingNotAStackOverflow() {
        String json = "{\"territories\":[" + "[".repeat(100_000) + "]".repeat(100_000) + "]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(json))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                    assertThat(e.getMessage()).startsWith("read limit exceeded").contains("nesting depth");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isPositive();
                });
    }

    @Test
    void duplicateKeys_areRefusedWithTheirPlace() {
        String json = "{\"schemaVersion\":\"1.0.0\",\n\"id\":\"a\",\n\"id\":\"b\"}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(json))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                    assertThat(e.getMessage()).contains("Duplicate");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void invalidUtf8_emptyDocument_wrongRoot_trailingContent() {
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> DatasetReader.standard().read(new ByteArrayInputStream(bad), DatasetFormat.JSON))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> DatasetReader.standard().readString(""))
                .isInstanceOf(InvalidDataException.class).hasMessage("the document is empty");
        assertThatThrownBy(() -> DatasetReader.standard().readString("[1,2]"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("must be a JSON object, found an array");
        assertThatThrownBy(() -> DatasetReader.standard().readString("{\"schemaVersion\":\"1.0.0\",\"id\":\"x\"} {}"))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("after the end");
    }

    @Test
    void utf8ByteOrderMark_isAccepted() {
        byte[] body = DatasetWriter.canonical().writeString(sample()).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(DatasetReader.standard().read(new ByteArrayInputStream(withBom), DatasetFormat.JSON)).isEqualTo(sample());
    }

    @Test
    void bindingFailure_pointsAtTheMember_andNamesAMissingRequiredMember() {
        String json = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"a\",\"kind\":\"planet\",\"code\":\"1\",\"name\":\"n\"}]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(json))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.pointer()).isEqualTo("/territories/0/kind"));
        String missing = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"a\",\"kind\":\"region\",\"code\":\"27\"}]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(missing))
                .isInstanceOfSatisfying(MissingMemberException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/territories/0");
                    assertThat(e.member()).isEqualTo("name");
                    assertThat(e.getMessage()).isEqualTo("required member 'name' is missing");
                });
        assertThatThrownBy(() -> StreamingReader.standard().bindHeader(null))
                .isInstanceOfSatisfying(MissingMemberException.class, e -> {
                    assertThat(e.pointer()).isEmpty();
                    assertThat(e.member()).isEqualTo("schemaVersion");
                });
    }

    @Test
    void bindingFailure_ofANullListItem_pointsAtTheItem_evenInANestedRecord() {
        String top = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"a\",\"kind\":\"region\","
                + "\"code\":\"27\",\"name\":\"n\",\"parents\":[{\"territory\":\"b\"},null]}]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(top))
                .isInstanceOfSatisfying(NullItemException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/territories/0/parents/1");
                    assertThat(e.member()).isEqualTo("parents");
                    assertThat(e.getMessage()).isEqualTo("list 'parents' holds a null item");
                });
        String nested = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"facilities\":[{\"id\":\"f\",\"name\":\"CH\","
                + "\"category\":{\"list\":\"finess-category\",\"code\":\"355\"},\"services\":[{\"service\":"
                + "{\"list\":\"facility-service\",\"code\":\"maternite\"},\"statuses\":[null]}]}]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(nested))
                .isInstanceOfSatisfying(NullItemException.class, e -> assertThat(e.pointer())
                        .isEqualTo("/facilities/0/services/0/statuses/0"));
    }


    @Test
    void readFailure_afterACompleteValue_pointsAtTheContainerNotAtThePreviousMember() {
        String region = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"r\",\"kind\":\"region\",\"name\":\"n\"";
        assertThat(pointerOfFailure("{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",}")).isEqualTo("");
        assertThat(pointerOfFailure(region)).isEqualTo("/territories/0");
        assertThat(pointerOfFailure(region + ",\"" + "n".repeat(257) + "\":1}]}")).isEqualTo("/territories/0");
        assertThat(pointerOfFailure(region + ",\"code\":\"76\",\"code\":\"76\"}]}")).isEqualTo("/territories/0/code");
        assertThat(pointerOfFailure(region + ",\"code\":\"76\"} {}]}")).isEqualTo("/territories");
        assertThat(pointerOfFailure(region + ",\"population\":[{\"value\":" + "1".repeat(65) + "}]}]}"))
                .isEqualTo("/territories/0/population/0/value");
    }

    private static String pointerOfFailure(String json) {
        try {
            DatasetReader.standard().readString(json);
        } catch (InvalidDataException e) {
            return e.pointer();
        }
        throw new AssertionError("no failure for " + json);
    }

    @Test
    void bindingFailure_ofANumberOutOfRangeOfItsJavaType_pointsAtTheMember() {
        String json = "{\"schemaVersion\":\"1.0.0\",\"id\":\"x\",\"territories\":[{\"id\":\"a\",\"kind\":\"region\",\"code\":\"27\","
                + "\"name\":\"n\",\"population\":[{\"value\":100000000000000000000,\"year\":2022,\"kind\":\"municipale\"}]}]}";
        assertThatThrownBy(() -> DatasetReader.standard().readString(json))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/territories/0/population/0/value");
                    assertThat(e.getMessage()).contains("out of range");
                });
    }
    @Test
    void locate_findsTheLineAndColumnOfAMemberInsideAnEntity(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, DatasetWriter.canonical().writeString(sample()));
        List<EntityNode> nodes = new ArrayList<>();
        StreamingReader.standard().scan(file, nodes::add);
        EntityNode besancon = nodes.get(2);
        SourcePosition p = StreamingReader.standard().locate(file, besancon, "/parents/1/territory");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get((int) p.line() - 1).substring((int) p.column() - 1)).startsWith("\"region:27\"");
        SourcePosition start = StreamingReader.standard().locate(file, besancon, "");
        assertThat(start).isEqualTo(besancon.start());
    }

    @Test
    void identifierValueTypes_areWrittenAsStrings() {
        record Holder(Finess finess) {}
        String json = MaillageJson.mapper().writeValueAsString(new Holder(Finess.parse("2a0000014")));
        assertThat(json).isEqualTo("{\"finess\":\"2A0000014\"}");
        assertThat(MaillageJson.mapper().readValue(json, Holder.class).finess().value()).isEqualTo("2A0000014");
        assertThatThrownBy(() -> MaillageJson.mapper().readValue("{\"finess\":\"2A0000015\"}", Holder.class))
                .hasMessageContaining("Luhn");
    }

    /**
     * Found by DatasetReaderFuzzTest: bytes that start like UTF-32 (zeros) but hold a code point past
     * U+10FFFF made Jackson throw an IOException, which the reader passed on as an I/O failure.
     */
    @Test
    void issue13_undecodableUtf32_isInvalidData_notAnIoFailure() {
        byte[] json = "{\"schemaVersion\": \"1.0.0\", \"id\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        byte[] input = new byte[82 + json.length];
        System.arraycopy(json, 0, input, 82, json.length);
        assertThatThrownBy(() -> DatasetReader.standard().read(new ByteArrayInputStream(input), DatasetFormat.JSON))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.pointer()).isEmpty())
                .hasMessageContaining("Invalid UTF-32 character");
        assertThatThrownBy(() -> DatasetReader.standard().read(new ByteArrayInputStream(input), DatasetFormat.NDJSON))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.pointer()).isEqualTo("/0"))
                .hasMessageContaining("Invalid UTF-32 character");
    }

    /** Found by DatasetReaderFuzzTest: six bytes Jackson takes for UCS-4 of an unsupported byte order. */
    @Test
    void issue13_unsupportedUcs4ByteOrder_isInvalidData_notAnIoFailure() {
        byte[] input = {0, 0, 0x10, 0, 0, 0};
        assertThatThrownBy(() -> DatasetReader.standard().read(new ByteArrayInputStream(input), DatasetFormat.JSON))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("UCS-4");
        assertThatThrownBy(() -> DatasetReader.standard().read(new ByteArrayInputStream(input), DatasetFormat.NDJSON))
                .isInstanceOf(InvalidDataException.class);
    }

    /** Found by DatasetReaderFuzzTest: an NDJSON line Jackson takes for UCS-4 ended in a ClassCastException. */
    @Test
    void issue13_undecodableNdjsonLine_isAMalformedLine() {
        byte[] input = {0, 0, 4, 0, '$'};
        List<ReadProblem> problems = new ArrayList<>();
        StreamingReader.standard().scan(new ByteArrayInputStream(input), DatasetFormat.NDJSON, new DatasetHandler() {
            @Override
            public void entity(EntityNode entity) {
                throw new AssertionError("no entity in " + entity);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("read.malformed");
            assertThat(p.pointer()).isEqualTo("/0");
            assertThat(p.message()).contains("UCS-4");
        });
    }

    @Test
    void aFailureOfTheSourceStream_isStillAnIoFailure() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk on fire");
            }
        };
        assertThatThrownBy(() -> DatasetReader.standard().read(failing, DatasetFormat.JSON))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("disk on fire")
                .cause().isNotInstanceOf(InvalidDataException.class).hasMessage("disk on fire");
    }
}
