package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.model.Identifier;
import org.maillage.core.model.ValidIdentifier;

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
