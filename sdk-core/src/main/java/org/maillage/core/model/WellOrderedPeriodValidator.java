package org.maillage.core.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WellOrderedPeriod}. */
public final class WellOrderedPeriodValidator implements ConstraintValidator<WellOrderedPeriod, Dated> {

    /** Creates the validator; called by the Bean Validation provider. */
    public WellOrderedPeriodValidator() {
        // stateless
    }

    @Override
    public boolean isValid(Dated value, ConstraintValidatorContext context) {
        return value == null || value.isWellOrdered();
    }
}
