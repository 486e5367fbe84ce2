package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.constraints.ValidRegion;

/** Checks {@link ValidRegion}. */
public final class RegionCodeValidator implements ConstraintValidator<ValidRegion, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public RegionCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.RegionCode.isValid(value.toString());
    }
}
