package org.maillage.validation.large;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.codelist.PopulationKind;
import org.maillage.core.codelist.TerritoryKind;
import org.maillage.core.model.DatasetHeader;
import org.maillage.core.model.Population;
import org.maillage.core.model.Territory;
import org.maillage.core.model.TerritoryLink;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetWriter;

/**
 * Memory is bounded by the index, not by the file: a file several times larger than the heap
 * validates in a separate JVM started with {@value #HEAP}. Each territory carries a long
 * population history (bytes in the file, nothing in the index) and one reference; the last one
 * refers to an entity that does not exist, which proves that the whole file was read and the
 * references checked.
 */
class LargeFileTest {

    static final String HEAP = "-Xmx64m";
    static final long HEAP_BYTES = 64L << 20;

    /** Writes a dataset of {@code n} territories under one département, streaming. */
    static void generate(Path file, int n, DatasetFormat format) throws IOException {
        DatasetHeader header = DatasetHeader.of("large", "Large generated dataset")
                .withDates(null, LocalDate.of(2026, 1, 1));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                DatasetWriter.EntityStream s = DatasetWriter.canonical().open(out, header, format)) {
            s.write(Territory.builder("region:76", TerritoryKind.REGION, "76", "Occitanie").build());
            s.write(Territory.builder("departement:09", TerritoryKind.DEPARTEMENT, "09", "Ariège")
                    .addParent(new TerritoryLink("region:76", null, null)).build());
            for (int i = 0; i < n; i++) {
                String parent = i == n - 1 ? "departement:99" : "departement:09";
                Territory.Builder b = Territory.builder("other:" + i, TerritoryKind.OTHER_HEALTH_TERRITORY, "T-" + i,
                        "Territoire de santé de proximité numéro " + i + " de la vallée")
                        .addParent(new TerritoryLink(parent, null, null));
                for (int y = 0; y < 24; y++) {
                    b.addPopulation(new Population(1000L + i + y, 2000 + y, PopulationKind.MUNICIPALE));
                }
                s.write(b.build());
            }
        }
    }

    static List<String> runIsolated(Path file) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), HEAP, "-XX:+UseSerialGC",
                "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"),
                LargeFileCheck.class.getName(), file.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return new ArrayList<>(text.lines().filter(l -> !l.startsWith("WARNING") && !l.contains("HV000001")).toList());
    }

    private static void check(Path file, int n, String lastPointer) throws IOException, InterruptedException {
        assertThat(Files.size(file)).as("file size").isGreaterThan(2 * HEAP_BYTES);
        List<String> lines = runIsolated(file);
        System.out.println(file.getFileName() + ": " + Files.size(file) / (1 << 20) + " MB validated with " + HEAP);
        assertThat(lines).anyMatch(l -> l.startsWith("maxHeap ") && Long.parseLong(l.substring(8)) <= HEAP_BYTES);
        assertThat(lines.stream().filter(l -> l.startsWith("finding ")).map(l -> l.split(" ")[1] + " " + l.split(" ")[2]))
                .containsExactly("ref.unknown " + lastPointer + "/parents/0/territory");
        assertThat(lines).contains("valid false");
    }

    @Test
    void validate_jsonFileSeveralTimesTheHeap_inASeparateJvmWith64MB(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.json");
        int n = 70_000;
        generate(file, n, DatasetFormat.JSON);
        check(file, n, "/territories/" + (n + 1));
    }

    @Test
    void validate_ndjsonFileSeveralTimesTheHeap_inASeparateJvmWith64MB(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.ndjson");
        int n = 100_000;
        generate(file, n, DatasetFormat.NDJSON);
        // line 1 is the envelope, then the région, the département and the n territories; pointers count lines from 0
        check(file, n, "/" + (n + 2));
    }
}
