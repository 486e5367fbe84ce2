package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Siret}. */
public final class SiretValidator implements ConstraintValidator<Siret, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public SiretValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Siret.isValid(value.toString());
    }
}
