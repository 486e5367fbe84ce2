package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link InseeCommune}. */
public final class InseeCommuneCodeValidator implements ConstraintValidator<InseeCommune, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public InseeCommuneCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.InseeCommuneCode.isValid(value.toString());
    }
}
