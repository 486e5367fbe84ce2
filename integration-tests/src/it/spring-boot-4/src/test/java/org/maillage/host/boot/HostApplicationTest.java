package org.maillage.host.boot;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.json.JsonMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillage.core.id.IdentifierScheme;
import org.maillage.core.model.Identifier;
import org.maillage.validation.Finding;
import org.maillage.validation.Report;
import org.maillage.validation.Validator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HostApplicationTest {

    private static final Path SAMPLES = Path.of(System.getProperty("maillage.samples"));

    @Autowired
    Validator maillage;

    @Autowired
    jakarta.validation.Validator beanValidation;

    @Autowired
    JsonMapper bootJson;

    record Signup(@NotBlank String name) {}

    @Test
    void maillageValidator_reportsTheFourErrorsOfTheBrokenSample() {
        Report report = maillage.validate(SAMPLES.resolve("ariege-broken.json"));

        assertThat(report.valid()).isFalse();
        assertThat(report.findings())
                .extracting(f -> f.severity() + " " + f.ruleId() + " " + f.pointer() + " " + f.line() + ":" + f.column())
                .containsExactlyInAnyOrder(
                        "ERROR ref.unknown /territories/2/parents/0/territory 74:24",
                        "ERROR constraint.siren /territories/3/identifiers/1/value 100:20",
                        "ERROR schema.range /territories/4/population/0/year 145:19",
                        "ERROR schema.additional-property /territories/5/mayor 152:16");
    }

    @Test
    void maillageValidator_findsNothingInTheValidSamples() {
        for (String sample : new String[] {"ariege.json", "corse-du-sud.json"}) {
            Report report = maillage.validate(SAMPLES.resolve(sample));
            assertThat(report.findings()).as(sample).extracting(Finding::ruleId).isEmpty();
            assertThat(report.valid()).as(sample).isTrue();
        }
    }

    @Test
    void bootsBeanValidator_stillValidatesTheApplicationsBeans() {
        Set<ConstraintViolation<Signup>> violations = beanValidation.validate(new Signup(" "));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsExactly("name");
    }

    @Test
    void bootsBeanValidator_appliesMaillagesConstraintsToTheModel() {
        Identifier badSiren = Identifier.of(IdentifierScheme.SIREN, "210900024");

        assertThat(beanValidation.validate(badSiren)).hasSize(1);
        assertThat(beanValidation.validate(Identifier.of(IdentifierScheme.SIREN, "210900023"))).isEmpty();
    }

    @Test
    void bootsJackson3_stillWritesJson_besideMaillage() {
        assertThat(bootJson.writeValueAsString(new Signup("Foix"))).isEqualTo("{\"name\":\"Foix\"}");
    }
}
