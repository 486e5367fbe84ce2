package org.maillage.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.model.Dataset;
import org.maillage.core.model.Entity;
import org.maillage.core.model.EntityFamily;
import org.maillage.core.model.Identifier;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Territory;
import org.maillage.core.testkit.Choices;
import org.maillage.core.testkit.ModelGenerator;
import org.maillage.core.testkit.Seeds;
import org.maillage.json.DatasetFormat;
import org.maillage.json.DatasetReader;
import org.maillage.json.DatasetWriter;
import org.maillage.json.generate.DatasetGenerator;
import org.maillage.json.generate.DatasetSize;

/**
 * {@link Validator#validate(Dataset)} checks the records themselves, without writing them: its
 * report must be the one validating their canonical JSON form gives, but for lines and columns.
 */
class ValidateDatasetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Validator ONE_THREAD = Validator.builder().clock(CLOCK).parallelism(1).build();
    private static final Validator TWO_THREADS = Validator.builder().clock(CLOCK).parallelism(2).build();

    /** A finding without its place in a file, as text: everything else must be equal. */
    private static List<String> withoutPlaces(Report r) {
        return r.findings().stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.priority(), f.layer(), f.message(), f.messageFr(), f.pointer(),
                        0, 0, f.entityId(), f.hint(), f.hintFr(), f.source(), f.file(), f.waived(), f.waiverJustification(),
                        f.value(), f.entityName()))
                .sorted(Finding.ORDER)
                .map(Finding::toString)
                .toList();
    }

    private static Report throughBytes(Validator v, Dataset d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DatasetWriter.canonical().write(d, bytes);
        return v.validate(new ByteArrayInputStream(bytes.toByteArray()), DatasetFormat.JSON, "dataset:" + d.header().id());
    }

    private static Report sameReport(Validator v, Dataset d) {
        Report direct = v.validate(d);
        Report bytes = throughBytes(v, d);
        assertThat(withoutPlaces(direct)).isEqualTo(withoutPlaces(bytes));
        assertThat(direct.findings()).allSatisfy(f -> assertThat(f.line()).isZero());
        assertThat(direct.sources()).isEqualTo(bytes.sources());
        assertThat(direct.ruleCounts()).isEqualTo(bytes.ruleCounts());
        return direct;
    }

    /**
     * The dataset with some territories broken in ways records allow and the schema or the
     * constraints refuse: a blank or empty name, an id off its pattern, a period ending before it
     * starts, an identifier of the wrong shape.
     */
    private static Dataset mutated(Choices c, Dataset d) {
        List<Territory> territories = new ArrayList<>();
        for (Entity e : d.entities(EntityFamily.TERRITORIES)) {
            Territory t = (Territory) e;
            if (c.percent(40)) {
                t = switch (c.between(0, 4)) {
                    case 0 -> t.toBuilder().name("").build();
                    case 1 -> t.toBuilder().name(" ").build();
                    case 2 -> t.toBuilder().id("bad id " + t.id()).build();
                    case 3 -> t.toBuilder().validFrom(LocalDate.of(2020, 1, 1)).validTo(LocalDate.of(2019, 1, 1)).build();
                    default -> t.toBuilder().addIdentifier(new Identifier(IdentifierScheme.SIREN, "12")).build();
                };
            }
            territories.add(t);
        }
        return d.toBuilder().territories(territories).build();
    }

    @Test
    void validateDataset_givesTheReportOfItsCanonicalBytes_forGeneratedModels() {
        Set<Layer> seen = EnumSet.noneOf(Layer.class);
        Seeds.check(150, c -> sameReport(ONE_THREAD, mutated(c, new ModelGenerator(c).dataset())).findings()
                .forEach(f -> seen.add(f.layer())));
        assertThat(seen).as("the layers the generated models exercise")
                .contains(Layer.SCHEMA, Layer.CONSTRAINTS, Layer.REFERENCES);
    }

    @Test
    void validateDataset_givesTheReportOfItsCanonicalBytes_onTwoThreads() {
        Seeds.check(40, c -> sameReport(TWO_THREADS, mutated(c, new ModelGenerator(c).dataset())));
    }

    @Test
    void validateDataset_givesTheReportOfItsCanonicalBytes_forAGeneratedDepartementWithAndWithoutFaults() throws IOException {
        Path file = Files.createTempFile("maillage-validate-dataset", ".json");
        try {
            DatasetGenerator.of(DatasetSize.DEPARTEMENT, 5).write(file);
            Dataset clean = DatasetReader.standard().read(file);
            sameReport(TWO_THREADS, clean);
            assertThat(TWO_THREADS.validate(clean).findings()).isEmpty();
            // a territory whose parent does not exist, and a second with the first one's id
            Territory first = (Territory) clean.entities(EntityFamily.TERRITORIES).get(0);
            Dataset broken = clean.toBuilder().addTerritory(first).build();
            sameReport(TWO_THREADS, broken);
            assertThat(TWO_THREADS.validate(broken).findings()).isNotEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void validateDataset_pointsIntoTheCanonicalForm_withoutLineOrColumn() {
        Dataset d = ModelGenerator.seeded(3).dataset();
        Report r = ONE_THREAD.validate(d);
        assertThat(r.findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.pointer()).matches("(/[a-z]+/[0-9]+(/.*)?)?"))
                .allSatisfy(f -> assertThat(f.column()).isZero());
        assertThat(r.findings()).extracting(Finding::file).containsOnly("dataset:" + d.header().id());
    }
}
