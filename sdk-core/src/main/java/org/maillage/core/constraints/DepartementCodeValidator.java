package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Departement}. */
public final class DepartementCodeValidator implements ConstraintValidator<Departement, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public DepartementCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.DepartementCode.isValid(value.toString());
    }
}
