package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdentifier}. */
public final class IdentifierValidator implements ConstraintValidator<ValidIdentifier, org.maillage.core.model.Identifier> {

    /** Creates the validator; called by the Bean Validation provider. */
    public IdentifierValidator() {
        // stateless
    }

    @Override
    public boolean isValid(org.maillage.core.model.Identifier value, ConstraintValidatorContext context) {
        return value == null || value.problem() == null;
    }
}
