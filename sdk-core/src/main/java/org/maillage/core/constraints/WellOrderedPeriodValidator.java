package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WellOrderedPeriod}. */
public final class WellOrderedPeriodValidator implements ConstraintValidator<WellOrderedPeriod, org.maillage.core.model.Dated> {

    /** Creates the validator; called by the Bean Validation provider. */
    public WellOrderedPeriodValidator() {
        // stateless
    }

    @Override
    public boolean isValid(org.maillage.core.model.Dated value, ConstraintValidatorContext context) {
        return value == null || value.isWellOrdered();
    }
}
