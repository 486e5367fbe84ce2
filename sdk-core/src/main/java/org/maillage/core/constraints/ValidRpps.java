package org.maillage.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.maillage.core.internal.constraints.RppsValidator;

/**
 * The annotated string is a valid RPPS number (11 digits, Luhn key) ({@link org.maillage.core.id.Rpps}). Null is valid; add
 * {@code @NotNull} to require a value. Found by any Jakarta Bean Validation provider without
 * configuration.
 */
@Documented
// The validator is named here for the Bean Validation provider; it is no part of the API.
/**
 * ValidRpps.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports")
@Constraint(validatedBy = RppsValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.1.0")
public @interface ValidRpps {

    /** @return the message template */
    String message() default "{org.maillage.constraints.ValidRpps.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
