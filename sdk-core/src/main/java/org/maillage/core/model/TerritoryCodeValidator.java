package org.maillage.core.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidTerritoryCode}. */
public final class TerritoryCodeValidator implements ConstraintValidator<ValidTerritoryCode, Territory> {

    /** Creates the validator; called by the Bean Validation provider. */
    public TerritoryCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(Territory value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.constraints.TerritoryCodes.problem(value.kind(), value.code()) == null;
    }
}
