package org.maillage.validation.extending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillage.core.codelist.ContractKind;
import org.maillage.core.codelist.ContractStatus;
import org.maillage.core.model.Contract;
import org.maillage.core.model.Coordinator;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.DatasetHeader;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;

/** docs/extending.md shows this package's {@link CoordinatorTimePack} as it is, and it works as the page says. */
class ExtendingDocTest {

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(p.resolve("schemas"))) {
            p = p.getParent();
        }
        return p;
    }

    @Test
    void extendingDoc_showsTheExamplePack_asCompiledHere() throws IOException {
        String doc = Files.readString(root().resolve("docs/extending.md"), StandardCharsets.UTF_8);
        String source = Files.readString(root().resolve(
                "sdk-validation/src/test/java/org/maillage/validation/extending/CoordinatorTimePack.java"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```java\n") + "```java\n".length();
        assertThat(doc.substring(start, doc.indexOf("```", start))).as("docs/extending.md must show CoordinatorTimePack.java as it is")
                .isEqualTo(source);
    }

    @Test
    void examplePack_addsItsRule_toItsOwnAndToTheLocalHealthProfile() {
        Contract cls = Contract.builder("cls-x", ContractKind.CLS, ContractStatus.DRAFT, "CLS X")
                .coordinator(new Coordinator(null, null, true, new BigDecimal("0.3"), null, null)).build();
        Dataset d = Dataset.of(DatasetHeader.of("x", "x").withDates(null, LocalDate.of(2026, 1, 1)), List.of(cls));
        for (String profile : List.of("occitanie", "local-health")) {
            Report r = Validator.builder().profile(profile).rulePack(new CoordinatorTimePack()).build().validate(d);
            assertThat(r.findings("rule.occitanie-coordinator-half-time")).as(profile).singleElement()
                    .extracting(Finding::messageFr).isEqualTo("le coordinateur de « CLS X (cls-x) » travaille à 0.3 ETP, moins qu'un mi-temps");
        }
        Report byDefault = Validator.builder().rulePack(new CoordinatorTimePack()).build().validate(d);
        assertThat(byDefault.findings("rule.occitanie-coordinator-half-time")).isEmpty();
    }
}
