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
import org.maillage.core.internal.constraints.TerritoryCodeValidator;

/** A territory's code has the shape its kind requires: an INSEE commune code for communes, a département code, a région code, a SIREN for EPCI and EPT. */
@Documented
// The validator is named here for the Bean Validation provider; it is no part of the API.
/**
 * ValidTerritoryCode.
 *
 * @since 0.1.0
 */
@SuppressWarnings("exports")
@Constraint(validatedBy = TerritoryCodeValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@API(status = STABLE, since = "0.1.0")
public @interface ValidTerritoryCode {

    /** @return the message template */
    String message() default "{org.maillage.constraints.ValidTerritoryCode.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
