package org.maillage.validation.internal.constraint;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.maillage.validation.internal.schema.SchemaLayer;

/**
 * Hibernate Validator on the bound records, with the {@link ParameterMessageInterpolator} (no
 * Expression Language at all) and the application's {@code META-INF/validation.xml}, so that the
 * constraints a user adds to the model there are checked besides the model's own. Started only when
 * such a file is on the class path ({@link ConstraintLayer}); the differential test of
 * {@link ModelChecks} runs it too. Thread-safe.
 */
final class HibernateChecks implements AutoCloseable {

    private final ValidatorFactory factory;
    private final jakarta.validation.Validator validator;

    HibernateChecks() {
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * The violations of one object and of what it cascades to, in no particular order.
     *
     * @param bean a model record
     * @return its violations
     */
    List<Violation> check(Object bean) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(bean)) {
            var d = v.getConstraintDescriptor();
            out.add(new Violation(d.getAnnotation(), d.getAttributes(), v.getPropertyPath().toString(),
                    toJsonPointer(v.getPropertyPath()), lastProperty(v.getPropertyPath()), v.getInvalidValue(),
                    v.getMessage()));
        }
        return out;
    }

    /** A Bean Validation property path as a JSON Pointer: {@code parents[1].territory} → {@code /parents/1/territory}. */
    static String toJsonPointer(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.isInIterable()) {
                Object k = n.getIndex() != null ? n.getIndex() : n.getKey();
                if (k != null) {
                    sb.append('/').append(SchemaLayer.escape(k.toString()));
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                sb.append('/').append(SchemaLayer.escape(n.getName()));
            }
        }
        return sb.toString();
    }

    private static String lastProperty(Path path) {
        String last = "";
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                last = n.getName();
            }
        }
        return last;
    }

    @Override
    public void close() {
        factory.close();
    }
}
