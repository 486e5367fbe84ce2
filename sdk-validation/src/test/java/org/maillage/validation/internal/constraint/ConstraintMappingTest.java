package org.maillage.validation.internal.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation constraint of the model maps to a rule of its own: there is no catch-all
 * rule, so a constraint added to the model without its mapping fails here, not in a user's run.
 */
class ConstraintMappingTest {

    @Test
    void everyConstraintOfTheModel_mapsToARuleOfItsOwn() {
        TreeMap<String, Set<String>> where = new TreeMap<>();
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            jakarta.validation.Validator validator = factory.getValidator();
            for (Class<?> c : ModelChecksTest.modelRecords()) {
                BeanDescriptor bean = validator.getConstraintsForClass(c);
                bean.getConstraintDescriptors().forEach(d -> note(d, c.getSimpleName(), where));
                for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                    String at = c.getSimpleName() + "." + p.getPropertyName();
                    p.getConstraintDescriptors().forEach(d -> note(d, at, where));
                    p.getConstrainedContainerElementTypes().forEach(e -> noteElements(e, at, where));
                }
            }
        }
        assertThat(where).as("the walk reaches the model's constraints")
                .containsKeys("NotNull", "NotBlank", "Pattern", "Min", "DecimalMax", "WellOrderedPeriod", "ValidIdentifier",
                        "ValidTerritoryCode");
        TreeMap<String, Set<String>> unmapped = new TreeMap<>(where);
        unmapped.keySet().removeIf(ConstraintLayer::mapped);
        assertThat(unmapped).as("constraints of the model with no rule: map them in ConstraintLayer (and the catalogue)").isEmpty();
    }

    private static void noteElements(ContainerElementTypeDescriptor e, String at, TreeMap<String, Set<String>> where) {
        e.getConstraintDescriptors().forEach(d -> note(d, at + "[]", where));
        e.getConstrainedContainerElementTypes().forEach(inner -> noteElements(inner, at + "[]", where));
    }

    private static void note(ConstraintDescriptor<?> d, String at, TreeMap<String, Set<String>> where) {
        where.computeIfAbsent(d.getAnnotation().annotationType().getSimpleName(), k -> new TreeSet<>()).add(at);
        if (!d.isReportAsSingleViolation()) {
            d.getComposingConstraints().forEach(c -> note(c, at, where));
        }
    }
}
