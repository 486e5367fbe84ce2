package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.model.Dated;
import org.maillage.core.model.WellOrderedPeriod;

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
