package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidInseeCommune;

/** Checks {@link ValidInseeCommune}. */
public final class InseeCommuneCodeValidator implements ConstraintValidator<ValidInseeCommune, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public InseeCommuneCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.InseeCommuneCode.isValid(value.toString());
    }
}
