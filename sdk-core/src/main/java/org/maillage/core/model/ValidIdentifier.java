package org.maillage.core.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.maillage.core.internal.constraints.IdentifierValidator;

/** An identifier's value passes its scheme's check rule (FINESS key, SIREN key, INSEE code shape…). */
@Documented
// The validator is named here for the Bean Validation provider; it is no part of the API.
/**
 * ValidIdentifier.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports")
@Constraint(validatedBy = IdentifierValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.1.0")
public @interface ValidIdentifier {

    /** @return the message template */
    String message() default "{org.maillage.constraints.ValidIdentifier.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
