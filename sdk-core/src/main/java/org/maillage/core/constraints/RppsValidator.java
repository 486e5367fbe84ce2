package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Rpps}. */
public final class RppsValidator implements ConstraintValidator<Rpps, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public RppsValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Rpps.isValid(value.toString());
    }
}
