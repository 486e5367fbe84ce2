package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidSiret;

/** Checks {@link ValidSiret}. */
public final class SiretValidator implements ConstraintValidator<ValidSiret, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public SiretValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.Siret.isValid(value.toString());
    }
}
