package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidRpps;

/** Checks {@link ValidRpps}. */
public final class RppsValidator implements ConstraintValidator<ValidRpps, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public RppsValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Rpps.isValid(value.toString());
    }
}
