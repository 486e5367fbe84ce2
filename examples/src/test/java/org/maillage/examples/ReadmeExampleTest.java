package org.maillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example is this module's {@link ReadmeExample}, verbatim, and it runs as the README says. */
class ReadmeExampleTest {

    static final String START = "<!-- ReadmeExample.java: kept equal to examples/src/main/java/org/maillage/examples/ReadmeExample.java by ReadmeExampleTest -->\n```java\n";
    static final String END = "```\n<!-- end of ReadmeExample.java -->";

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("schemas"))) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void readme_showsReadmeExample_verbatim() throws IOException {
        String readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(root().resolve("examples/src/main/java/org/maillage/examples/ReadmeExample.java"),
                StandardCharsets.UTF_8);

        int start = readme.indexOf(START);
        assertThat(start).as("README.md must open the example with the marker line and ```java").isNotNegative();
        int end = readme.indexOf(END, start);
        assertThat(end).as("README.md must close the example with ``` and the end marker").isPositive();
        assertThat(readme.substring(start + START.length(), end)).as("the README's Java example must be ReadmeExample.java as it is")
                .isEqualTo(source);
    }

    @Test
    void readmeExample_printsTheFindingsTheCommuneAndTheChanges() {
        Path data = root().resolve("examples/data");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ReadmeExample.run(data.resolve("ariege.json"), data.resolve("ariege-broken.json"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\n")).containsExactly(
                "74:24 ref.unknown /territories/2/parents/0/territory « departement:90 » ne désigne aucune entité du jeu de données",
                "100:20 constraint.siren /territories/3/identifiers/1/value « 210900024 » n'est pas un numéro SIREN valide : la clé de contrôle (Luhn) ne correspond pas",
                "145:19 schema.range /territories/4/population/0/year doit valoir au moins 1800",
                "152:16 schema.additional-property /territories/5/mayor le membre « mayor » n'est pas défini par le schéma",
                "09001 Aigues-Juntes; FINESS 2A0000014 valid: true; 3 entities changed");
    }
}
