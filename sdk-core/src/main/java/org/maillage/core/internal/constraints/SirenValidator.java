package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidSiren;

/** Checks {@link ValidSiren}. */
public final class SirenValidator implements ConstraintValidator<ValidSiren, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public SirenValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Siren.isValid(value.toString());
    }
}
