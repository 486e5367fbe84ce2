package org.maillage.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.maillage.core.model.Territory;
import org.maillage.core.model.ValidTerritoryCode;

/** Checks {@link ValidTerritoryCode}. */
public final class TerritoryCodeValidator implements ConstraintValidator<ValidTerritoryCode, Territory> {

    /** Creates the validator; called by the Bean Validation provider. */
    public TerritoryCodeValidator() {
        // stateless
    }

    @Override
    public boolean isValid(Territory value, ConstraintValidatorContext context) {
        return value == null || org.maillage.core.internal.TerritoryCodes.problem(value.kind(), value.code()) == null;
    }
}
