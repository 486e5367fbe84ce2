package org.maillage.validation.internal.constraint;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Objects;

/**
 * One failed constraint, whichever engine found it (the plain checks of {@link ModelChecks} or
 * Hibernate Validator): what {@link ConstraintLayer} turns into a finding.
 *
 * @param constraint the constraint annotation that failed
 * @param attributes the annotation's attributes by name ({@code regexp}, {@code value}, {@code inclusive}…)
 * @param path the Bean Validation property path as Hibernate Validator writes it
 *     ({@code parents[1].territory}, {@code tags[0].<list element>}): the order of the findings
 * @param pointer the JSON Pointer of the failing value, relative to the validated object
 * @param property the name of the last property of the path, empty for the validated object itself
 * @param value the failing value (the bean itself for a class-level constraint), or null
 * @param message the constraint's English message (used as the detail of {@code constraint.range})
 */
record Violation(Annotation constraint, Map<String, Object> attributes, String path, String pointer, String property,
        Object value, String message) {

    /**
     * Requires all but the value.
     *
     * @param constraint the constraint annotation that failed
     * @param attributes the annotation's attributes by name
     * @param path the Bean Validation property path
     * @param pointer the JSON Pointer of the failing value
     * @param property the name of the last property of the path
     * @param value the failing value, or null
     * @param message the constraint's English message
     */
    Violation {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
    }

    /** @return the constraint annotation's simple name, for example {@code Pattern} */
    String name() {
        return constraint.annotationType().getSimpleName();
    }
}
