package org.maillage.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.maillage.core.testkit.ModelArbitraries;

/** The arbitraries others reuse really generate valid instances, and datasets regroup by family. */
class ModelArbitrariesTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeContainer
    static void setUp() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterContainer
    static void tearDown() {
        factory.close();
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return ModelArbitraries.datasets();
    }

    @Property(tries = 200)
    void arbitraries_generateValidDatasets(@ForAll("datasets") Dataset dataset) {
        Set<ConstraintViolation<Dataset>> violations = validator.validate(dataset);
        assertThat(violations).extracting(v -> v.getPropertyPath() + " " + v.getMessage() + " (" + v.getInvalidValue() + ")")
                .isEmpty();
    }

    @Property(tries = 100)
    void arbitraries_coverEveryFamily_withValidEntities(@ForAll("entities") Entity entity) {
        assertThat(validator.validate(entity)).extracting(v -> v.getPropertyPath() + " " + v.getMessage()).isEmpty();
        assertThat(entity.family().javaType()).isEqualTo(entity.getClass());
        assertThat(entity.isWellOrdered()).isTrue();
    }

    @Provide
    Arbitrary<Entity> entities() {
        return net.jqwik.api.Arbitraries.of(EntityFamily.class).flatMap(f -> ModelArbitraries.entities(f).map(e -> (Entity) e));
    }

    @Property(tries = 100)
    void datasetOf_regroupsAllEntitiesByFamily(@ForAll("datasets") Dataset dataset) {
        List<Entity> all = dataset.allEntities();
        assertThat(Dataset.of(dataset.header(), all)).isEqualTo(dataset);
        for (EntityFamily f : EntityFamily.values()) {
            assertThat(dataset.entities(f)).allSatisfy(e -> assertThat(e.family()).isEqualTo(f));
        }
    }
}
