package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Finess}. */
public final class FinessValidator implements ConstraintValidator<Finess, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public FinessValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Finess.isValid(value.toString());
    }
}
