package org.maillage.core.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdentifier}. */
public final class IdentifierValidator implements ConstraintValidator<ValidIdentifier, Identifier> {

    /** Creates the validator; called by the Bean Validation provider. */
    public IdentifierValidator() {
        // stateless
    }

    @Override
    public boolean isValid(Identifier value, ConstraintValidatorContext context) {
        return value == null || value.problem() == null;
    }
}
