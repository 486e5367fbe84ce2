package org.maillage.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;

class DatasetWriterTest {

    private static Dataset sample() {
        return Dataset.of(DatasetHeader.of("w", "writer"), List.of(
                Territory.builder("region:76", TerritoryKind.REGION, "76", "Occitanie").build(),
                Territory.builder("departement:09", TerritoryKind.DEPARTEMENT, "09", "Ariège")
                        .addParent(TerritoryLink.to("region:76")).build()));
    }

    @Test
    void writeToFile_givesTheSameBytesAsWriteStringWithTheFinalNewline(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        DatasetWriter.canonical().write(sample(), file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).endsWith("}\n").isEqualTo(DatasetWriter.canonical().writeString(sample()));
    }

    @Test
    void writeNdjson_startsEveryLineWithItsObject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.ndjson");
        DatasetWriter.canonical().write(sample(), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"type\":"));
        assertThat(DatasetReader.standard().read(file)).isEqualTo(sample());
    }
}
