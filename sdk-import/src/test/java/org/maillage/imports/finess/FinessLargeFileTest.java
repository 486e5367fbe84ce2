package org.maillage.imports.finess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.imports.cog.CogImporter;
import org.maillage.imports.testkit.CogCache;
import org.maillage.json.DatasetWriter;

/**
 * The whole national file streams in a small heap: a generated extract the size of the real one
 * (95,333 establishments of 47,084 legal entities, each with its geolocalisation line, about
 * 190,000 lines), imported with the national COG 2026 in a separate JVM limited to 128 MB.
 */
class FinessLargeFileTest {

    static final int ESTABLISHMENTS = 95_333;
    static final int LEGAL_ENTITIES = 47_084;

    /** Writes a national-size extract: real commune codes in turn, valid-looking numbers, long names. */
    static void generate(Path file, List<String> communes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("finess;etalab;95;2021-01-08\n");
            for (int i = 0; i < ESTABLISHMENTS; i++) {
                String code = communes.get(i % communes.size());
                String dep = code.substring(0, 2);
                String commune = code.substring(code.length() - 3);
                String[] f = new String[32];
                java.util.Arrays.fill(f, "");
                f[0] = "structureet";
                f[1] = String.format(Locale.ROOT, "%09d", 100_000_000 + i);
                f[2] = String.format(Locale.ROOT, "%09d", 500_000_000 + i % LEGAL_ENTITIES);
                f[3] = "ETABLISSEMENT NUMERO " + i;
                f[4] = "ETABLISSEMENT DE SANTE ET MEDICO-SOCIAL NUMERO " + i + " DE LA COMMUNE " + code;
                f[7] = Integer.toString(i % 200 + 1);
                f[8] = "R";
                f[9] = "DE LA REPUBLIQUE";
                f[12] = commune;
                f[13] = dep;
                f[14] = "DEPARTEMENT";
                f[15] = "01000 VILLE";
                f[16] = "0400000000";
                f[18] = "500";
                f[19] = "Etablissement d'hébergement pour personnes âgées dépendantes";
                f[22] = String.format(Locale.ROOT, "%014d", 10_000_000_000_000L + i);
                f[28] = "1990-01-01";
                f[30] = "2020-12-15";
                w.write(String.join(";", f));
                w.write('\n');
            }
            for (int i = 0; i < ESTABLISHMENTS; i++) {
                w.write(String.format(Locale.ROOT, "geolocalisation;%09d;%.1f;%.1f;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2020-12-15%n",
                        100_000_000 + i, 650_000.0 + i % 1000, 6_860_000.0 + i % 777));
            }
        }
    }

    @Test
    void import_nationalSizeExtract_inASeparateJvmWith128MB(@TempDir Path dir) throws Exception {
        Path cog = dir.resolve("cog-2026.json");
        var cogImport = CogImporter.create().importFrom(CogCache.dataDir("6.0.0"));
        DatasetWriter.canonical().write(cogImport.dataset(), cog);
        List<String> communes = new ArrayList<>();
        cogImport.dataset().territories().stream().filter(t -> t.id().startsWith("commune:") && !t.code().startsWith("97") && !t.code().startsWith("98"))
                .map(t -> t.code()).forEach(communes::add);
        Path extract = dir.resolve("etalab-national.csv");
        generate(extract, communes);
        Path out = dir.resolve("finess.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), FinessLargeFileCheck.class.getName(), extract.toString(), cog.toString(),
                out.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text.lines()).contains("facilities " + ESTABLISHMENTS, "organizations " + LEGAL_ENTITIES,
                "positioned " + ESTABLISHMENTS, "linked " + ESTABLISHMENTS, "notes 0");
        assertThat(text.lines().filter(l -> l.startsWith("maxHeap ")).map(l -> Long.parseLong(l.substring(8))))
                .singleElement().satisfies(max -> assertThat(max).isLessThanOrEqualTo(128L << 20));
        assertThat(Files.size(extract)).as("extract size").isGreaterThan(30L << 20);
        assertThat(Files.size(out)).as("output size").isGreaterThan(Files.size(extract));
    }
}
