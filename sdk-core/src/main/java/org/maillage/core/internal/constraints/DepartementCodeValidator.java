package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidDepartement;

/** Checks {@link ValidDepartement}. */
public final class DepartementCodeValidator implements ConstraintValidator<ValidDepartement, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public DepartementCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.DepartementCode.isValid(value.toString());
    }
}
