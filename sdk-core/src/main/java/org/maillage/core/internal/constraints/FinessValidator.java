package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidFiness;

/** Checks {@link ValidFiness}. */
public final class FinessValidator implements ConstraintValidator<ValidFiness, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public FinessValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Finess.isValid(value.toString());
    }
}
