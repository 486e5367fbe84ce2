package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateDatasetTest {

    private static Path sample() {
        Path p = Path.of("data", "ariege.json");
        return Files.exists(p) ? p : Path.of("examples", "data", "ariege.json");
    }

    private static String run(Path file, int expectedCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = ValidateDataset.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(expectedCode);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validate_sampleIsValid() {
        assertThat(run(sample(), 0)).endsWith("0 error(s), 0 warning(s), 0 info(s): valid\n");
    }

    @Test
    void validate_brokenReferenceIsReportedWithItsPlaceInBothLanguages(@TempDir Path dir) throws Exception {
        String json = Files.readString(sample()).replaceFirst("\"territory\": \"departement:09\"",
                "\"territory\": \"departement:99\"");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, json);
        String out = run(broken, 1);
        assertThat(out).contains("ERROR ref.unknown /territories/").contains("    fr: ").contains("    en: ")
                .contains("departement:99").endsWith("invalid\n");
    }
}
