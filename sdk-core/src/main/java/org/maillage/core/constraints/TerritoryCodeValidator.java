package org.maillage.core.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidTerritoryCode}. */
public final class TerritoryCodeValidator implements ConstraintValidator<ValidTerritoryCode, org.maillage.core.model.Territory> {

    /** Creates the validator; called by the Bean Validation provider. */
    public TerritoryCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(org.maillage.core.model.Territory value, ConstraintValidatorContext context) {
        return value == null || TerritoryCodes.problem(value.kind(), value.code()) == null;
    }
}
