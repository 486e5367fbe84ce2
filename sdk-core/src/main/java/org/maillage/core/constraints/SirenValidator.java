package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Siren}. */
public final class SirenValidator implements ConstraintValidator<Siren, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public SirenValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Siren.isValid(value.toString());
    }
}
