package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Region}. */
public final class RegionCodeValidator implements ConstraintValidator<Region, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public RegionCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.id.RegionCode.isValid(value.toString());
    }
}
